import type { Db } from '../db/client';
import type { Launch } from './claims';
import { recordGradeLaunch } from './grade-links';
import { linkedAccount } from './link-account';
import { checkResourceLink, joinContext } from './join-context';
import { issueTicket } from './launch-ticket';
import { verifyLaunch } from './verify-launch';

/**
 * A launch from start to finish: verified before anything is written, then the linked account,
 * its cohort, and a ticket to the page the LMS asked for. Returns the user to sign in.
 */
export async function completeLaunch(db: Db, options: { idToken: string; state: string; hasStateCookie: boolean; origin: string; now: Date }) {
  const { launch, platform } = await verifyLaunch(db, options);
  await checkResourceLink(db, platform.id, launch);
  const account = await linkedAccount(db, platform.issuer, launch);
  await joinContext(db, { platformId: platform.id, courseId: platform.courseId, userId: account.id, launch, now: options.now });
  const target = launchTarget(launch, options.origin, platform.courseId);
  await recordGradeLaunch(db, {
    userId: account.id,
    platformId: platform.id,
    resourceLinkId: launch.resourceLink.id,
    lineItemUrl: launch.lineItemUrl,
    target,
    now: options.now,
  });
  const ticket = await issueTicket(db, { userId: account.id, target, now: options.now });
  const user = await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { id: true, email: true, name: true, role: true, sessionVersion: true } });
  return { user, ticket };
}

/**
 * A page of this app named by the launch, or the course's page when it names the tool itself (the
 * tool URL of a plain LMS link) or anything that is not a page of this site (an API route, another site).
 */
export function launchTarget(launch: Launch, origin: string, courseId: string): string {
  const fallback = `/courses/${encodeURIComponent(courseId)}`;
  if (!launch.targetLinkUri || !URL.canParse(launch.targetLinkUri)) return fallback;
  const target = new URL(launch.targetLinkUri);
  if (target.origin !== origin || target.pathname === '/' || target.pathname.startsWith('/api/')) return fallback;
  return target.pathname + target.search;
}
