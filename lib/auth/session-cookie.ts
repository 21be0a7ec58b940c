import { encode } from 'next-auth/jwt';
import { env } from '../env';
import type { Role } from './roles';
import { authSecret, secureCookiesWanted } from './secret';

export const sessionMaxAgeSeconds = 30 * 24 * 60 * 60;

/**
 * next-auth's session cookie, named as next-auth names it. When an LMS may frame the app
 * (NETPREP_FRAME_ANCESTORS) on a Secure deployment, it is SameSite=None: inside the LMS's frame
 * the app is a third party, and a Lax cookie would not be sent there. Changing data from another
 * site is still refused by the Origin check in proxy.ts.
 */
export function sessionCookie() {
  const secure = secureCookiesWanted();
  const framed = Boolean(env().NETPREP_FRAME_ANCESTORS?.trim());
  return {
    name: `${secure ? '__Secure-' : ''}next-auth.session-token`,
    options: { httpOnly: true, sameSite: secure && framed ? ('none' as const) : ('lax' as const), path: '/', secure },
  };
}

/** A Set-Cookie header that signs this user in, as next-auth's own sign-in would. */
export async function sessionSetCookie(user: { id: string; email: string; name: string | null; role: Role; sessionVersion: number }): Promise<string> {
  const token = await encode({
    token: { sub: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion },
    secret: authSecret(),
    maxAge: sessionMaxAgeSeconds,
  });
  const { name, options } = sessionCookie();
  return [
    `${name}=${token}`,
    'Path=/',
    `Max-Age=${sessionMaxAgeSeconds}`,
    'HttpOnly',
    `SameSite=${options.sameSite === 'none' ? 'None' : 'Lax'}`,
    ...(options.secure ? ['Secure'] : []),
  ].join('; ');
}
