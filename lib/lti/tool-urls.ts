import { env } from '../env';

/**
 * The tool's public origin: NEXTAUTH_URL when set (a deployment behind a proxy), else the origin
 * the request came to. Redirect URIs built from it must match what the LMS has registered.
 */
export function toolOrigin(request: Request): string {
  return new URL(env().NEXTAUTH_URL ?? request.url).origin;
}

/** What an LMS administrator pastes into the tool configuration. */
export function toolUrls(origin: string) {
  return {
    loginUrl: `${origin}/api/lti/login`,
    launchUrl: `${origin}/api/lti/launch`,
    jwksUrl: `${origin}/api/lti/jwks`,
    redirectUris: [`${origin}/api/lti/launch`],
  };
}

/** LTI cookies must cross sites (the LMS posts to us, or frames us), which browsers allow only on https. */
export function crossSiteCookieAttributes(origin: string): string {
  return origin.startsWith('https:') ? 'SameSite=None; Secure' : 'SameSite=Lax';
}
