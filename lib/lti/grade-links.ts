import type { Db } from '../db/client';
import type { AttemptKind } from '../db/generated/enums';

type Graded = { kind: AttemptKind; lessonId: string | null };

/** What a link's page lets the learner submit for a grade: an exam, a practice set, or a lesson's quiz. */
export function gradedActivity(target: string): Graded | null {
  const path = target.split('?')[0];
  if (path === '/exam') return { kind: 'EXAM', lessonId: null };
  if (path === '/practice') return { kind: 'PRACTICE', lessonId: null };
  const lesson = /^\/lessons\/([^/]+)$/.exec(path);
  return lesson ? { kind: 'LESSON', lessonId: decodeURIComponent(lesson[1]) } : null;
}

/**
 * Remembers that this user opened a graded link, with its gradebook column, so the attempt they
 * submit next for that activity is scored there. Links without a column, or to pages with nothing
 * to submit, are not graded.
 */
export async function recordGradeLaunch(
  db: Db,
  options: { userId: string; platformId: string; resourceLinkId: string; lineItemUrl: string | null; target: string; now: Date },
): Promise<void> {
  const { userId, platformId, resourceLinkId, lineItemUrl, now } = options;
  const activity = gradedActivity(options.target);
  const link = { platformId_resourceLinkId: { platformId, resourceLinkId } };
  // The LMS may add or move the column at any time; the latest launch says where it is.
  await db.ltiResourceLink.update({ where: link, data: { lineItemUrl } });
  if (!activity || !lineItemUrl) {
    await db.ltiGradeLaunch.deleteMany({ where: { userId, platformId, resourceLinkId } });
    return;
  }
  await db.ltiGradeLaunch.upsert({
    where: { userId_platformId_resourceLinkId: { userId, platformId, resourceLinkId } },
    create: { userId, platformId, resourceLinkId, ...activity, launchedAt: now },
    update: { ...activity, launchedAt: now },
  });
}
