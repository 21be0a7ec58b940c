import { forbidden, redirect } from 'next/navigation';
import { allows, type Access, type Viewer } from './roles';
import { currentViewer } from './viewer';

/**
 * The check at the top of every protected page: anonymous visitors go to sign-in and come back,
 * signed-in users without the role get a 403 page.
 */
export async function requirePageViewer(access: Exclude<Access, 'public'>, returnTo: string): Promise<Viewer> {
  const viewer = await currentViewer();
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!allows(access, viewer)) forbidden();
  return viewer;
}
