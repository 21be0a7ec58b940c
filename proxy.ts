import { NextResponse, type NextRequest } from 'next/server';
import { env } from './lib/env';
import { contentSecurityPolicy, newNonce } from './lib/http/content-security-policy';
import { screenRequest } from './lib/http/request-screen';

// next-auth's cookie names, with the prefix it adds when cookies are Secure.
const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

const signedInOnly = [/^\/(account|admin|instructor|cohorts|attempts|review|dashboard|author)(\/|$)/, /^\/(practice|exam|welcome)$/];

/**
 * Runs before every page, route and action. It refuses malformed requests that Next.js would
 * answer with a 500, gives each page its Content-Security-Policy nonce, and, as a cheap first
 * filter only, sends visitors without a session cookie to sign in before a protected page
 * renders. Every page, route and action still checks the session and role itself.
 */
export function proxy(request: NextRequest) {
  const refusal = screenRequest({ method: request.method, rawPathname: new URL(request.url).pathname, header: (name) => request.headers.get(name) });
  if (refusal) return NextResponse.json({ error: { code: 'BAD_REQUEST', message: refusal.message } }, { status: refusal.status });

  const { pathname, search } = request.nextUrl;
  if (signedInOnly.some((pattern) => pattern.test(pathname)) && !sessionCookies.some((name) => request.cookies.has(name))) {
    const signIn = new URL('/signin', request.url);
    signIn.searchParams.set('callbackUrl', pathname + search);
    return NextResponse.redirect(signIn);
  }

  const nonce = newNonce();
  const { NODE_ENV, NETPREP_FRAME_ANCESTORS } = env();
  const policy = contentSecurityPolicy(nonce, {
    development: NODE_ENV === 'development',
    frameAncestors: NETPREP_FRAME_ANCESTORS?.split(/\s+/).filter(Boolean) ?? [],
  });
  // Next.js reads the policy on the request to put the nonce on its own scripts.
  const headers = new Headers(request.headers);
  headers.set('x-nonce', nonce);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  // Not for built assets: they carry no nonce and run no checks worth the cost. Nor for stored
  // images, which set a stricter policy of their own (lib/media/image-response.ts).
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|media/).*)' }],
};
