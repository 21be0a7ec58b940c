import { getToken, type GetTokenParams } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { db } from '../db/client';
import { databaseUnavailability, unreachableMessage } from '../db/unavailable';
import { AppError } from '../errors';
import type { Viewer } from './roles';
import { authSecret } from './secret';
import { sessionCookie } from './session-cookie';
import { loadViewer } from './sessions';

// getToken logs a cookie it cannot decrypt; a forged or stale cookie is simply no session.
const quiet = { error: () => {}, warn: () => {}, debug: () => {} };

/**
 * The signed-in user of this request: the session cookie decrypted, then the user read fresh from
 * the database, so a deleted account, a changed role, a password change or a sign-out takes effect
 * at once, whatever the cookie says. This is what getServerSession does through the session
 * callback, without building and re-encrypting a new session cookie on every request, which was
 * the larger part of every signed-in request's own cost. Only the cookie counts: no Bearer header.
 */
export async function currentViewer(): Promise<Viewer | null> {
  return viewerFromCookies(await cookies());
}

/** The rule itself, for any cookie jar with getAll (Next's, or a test's). */
export async function viewerFromCookies(jar: { getAll(): Array<{ name: string; value: string }> }): Promise<Viewer | null> {
  const request = { cookies: jar, headers: {} } as unknown as GetTokenParams['req'];
  const token = await getToken({ req: request, secret: authSecret(), cookieName: sessionCookie().name, logger: quiet });
  if (!token?.sub) return null;
  try {
    return await loadViewer(db(), token.sub, token.sessionVersion);
  } catch (error) {
    if (databaseUnavailability(error)) throw new AppError('DB_UNREACHABLE', unreachableMessage);
    throw error;
  }
}
