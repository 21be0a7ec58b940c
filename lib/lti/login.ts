import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { Db } from '../db/client';
import { LaunchFailure } from './launch-failure';
import { crossSiteCookieAttributes, toolUrls } from './tool-urls';

const loginLifetimeMs = 10 * 60 * 1000;

/** The third-party login initiation's parameters (LTI 1.3 core, 5.1.1.1). */
export const initiationSchema = z.object({
  iss: z.string().min(1).max(500),
  login_hint: z.string().min(1).max(2000),
  target_link_uri: z.string().max(2000).optional(),
  lti_message_hint: z.string().max(4000).optional(),
  client_id: z.string().max(255).optional(),
  lti_deployment_id: z.string().max(255).optional(),
});
export type Initiation = z.infer<typeof initiationSchema>;

export function stateCookieName(state: string): string {
  return `netprep-lti-state-${state}`;
}

/**
 * Starts a launch: records a single-use state and nonce, binds the state to this browser with a
 * cookie, and sends the browser to the platform's authorization endpoint.
 */
export async function startLogin(db: Db, options: { initiation: Initiation; origin: string; now: Date }) {
  const { initiation, origin, now } = options;
  const platforms = await db.ltiPlatform.findMany({
    where: { issuer: initiation.iss, ...(initiation.client_id ? { clientId: initiation.client_id } : {}) },
    select: { id: true, clientId: true, authUrl: true },
  });
  // Without a client id, an issuer with two registrations is ambiguous.
  if (platforms.length !== 1) throw new LaunchFailure('UNKNOWN_PLATFORM');
  const platform = platforms[0];
  const state = randomBytes(24).toString('base64url');
  const nonce = randomBytes(24).toString('base64url');
  await db.ltiLogin.create({
    data: { state, nonce, platformId: platform.id, initiation, expiresAt: new Date(now.getTime() + loginLifetimeMs) },
  });
  const authorize = new URL(platform.authUrl);
  const query = {
    scope: 'openid',
    response_type: 'id_token',
    response_mode: 'form_post',
    prompt: 'none',
    client_id: platform.clientId,
    redirect_uri: toolUrls(origin).launchUrl,
    login_hint: initiation.login_hint,
    state,
    nonce,
    ...(initiation.lti_message_hint ? { lti_message_hint: initiation.lti_message_hint } : {}),
  };
  for (const [name, value] of Object.entries(query)) authorize.searchParams.set(name, value);
  return { redirectTo: authorize.toString(), cookie: stateCookie(state, origin, loginLifetimeMs / 1000) };
}

/** The cookie that binds a login's state to the browser; `maxAge` 0 removes it once the launch has used it. */
export function stateCookie(state: string, origin: string, maxAge: number): string {
  return `${stateCookieName(state)}=${maxAge ? 1 : ''}; Path=/api/lti; Max-Age=${maxAge}; HttpOnly; ${crossSiteCookieAttributes(origin)}`;
}

/**
 * The parameters of an initiation whose launch lost its cookie, to start it again in a new window
 * with a state and nonce of its own. Using them closes the old login, so the link works once.
 */
export async function retryInitiation(db: Db, state: string, now: Date): Promise<Initiation> {
  const closed = await db.ltiLogin.updateMany({ where: { state, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  const login = closed.count === 1 ? await db.ltiLogin.findUnique({ where: { state }, select: { initiation: true } }) : null;
  if (!login) throw new LaunchFailure('UNKNOWN_STATE');
  return initiationSchema.parse(login.initiation);
}

/** Whether a Cookie header carries `name` (with any value). */
export function hasCookie(header: string | null, name: string): boolean {
  return (header ?? '').split(';').some((pair) => pair.trim().split('=')[0] === name);
}
