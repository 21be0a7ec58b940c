import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { db, type Db } from '../db/client';
import { authOptions } from './next-auth-options';
import type { Viewer } from './roles';

/**
 * The signed-in user of this request, read fresh from the database: a deleted account, a changed
 * role or a password change (which bumps sessionVersion) takes effect at once, whatever the cookie says.
 */
export async function currentViewer(): Promise<Viewer | null> {
  // Reading cookies first marks the page as per-request, so `next build` never tries to prerender
  // it (which would need the auth secret at build time).
  await cookies();
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  return loadViewer(db(), session.user.id, session.sessionVersion);
}

export async function loadViewer(db: Db, userId: string, sessionVersion: number): Promise<Viewer | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, sessionVersion: true } });
  if (!user || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
