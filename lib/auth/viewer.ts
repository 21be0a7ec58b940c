import { getServerSession } from 'next-auth';
import { cookies } from 'next/headers';
import { authOptions } from './next-auth-options';
import { unreachableMessage } from '../db/unavailable';
import { AppError } from '../errors';
import type { Viewer } from './roles';

/**
 * The signed-in user of this request. next-auth's session callback reads the user fresh from the
 * database (lib/auth/sessions.ts), so a deleted account, a changed role, a password change or a
 * sign-out takes effect at once, whatever the cookie says.
 */
export async function currentViewer(): Promise<Viewer | null> {
  // Reading cookies first marks the page as per-request, so `next build` never tries to prerender
  // it (which would need the auth secret at build time).
  await cookies();
  const session = await getServerSession(authOptions());
  if (session?.unverified) throw new AppError('DB_UNREACHABLE', unreachableMessage);
  return session?.user?.id ? session.user : null;
}
