import type { Db } from '../db/client';
import type { Viewer } from './roles';

/**
 * The user a session token names, read fresh from the database: null once the account is deleted
 * or the token predates a password change or a sign-out (both bump sessionVersion).
 */
export async function loadViewer(db: Db, userId: string, sessionVersion: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * Signing out ends the user's sessions: a session is a signed JWT, so a copy saved before sign-out
 * would otherwise keep working until it expires. A token that is already stale changes nothing.
 */
export async function endSessions(db: Db, userId: string, sessionVersion: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId, sessionVersion }, data: { sessionVersion: { increment: 1 } } });
}
