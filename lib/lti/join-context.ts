import type { Db } from '../db/client';
import { newInviteCode } from '../cohorts/invite-code';
import type { Launch } from './claims';
import { LaunchFailure } from './launch-failure';

type Joined = { cohortId: string | null };

/** Refuses, before any account is made, a resource link already bound to another course of the platform. */
export async function checkResourceLink(db: Db, platformId: string, launch: Launch): Promise<void> {
  const link = await db.ltiResourceLink.findUnique({
    where: { platformId_resourceLinkId: { platformId, resourceLinkId: launch.resourceLink.id } },
    select: { context: { select: { contextId: true } } },
  });
  if (link && link.context.contextId !== launch.context.id) throw new LaunchFailure('WRONG_CONTEXT');
}

/**
 * Puts the launching user in the cohort of the LMS course (context). The first instructor to
 * launch creates the cohort and teaches it; learners who launched before then join it at that
 * moment. The resource link is bound to its context on first launch, so a link id replayed from
 * another course is refused.
 */
export async function joinContext(db: Db, options: { platformId: string; courseId: string; userId: string; launch: Launch; now: Date }): Promise<Joined> {
  const { platformId, courseId, userId, launch, now } = options;
  return db.$transaction(async (tx) => {
    const context = await tx.ltiContext.upsert({
      where: { platformId_contextId: { platformId, contextId: launch.context.id } },
      create: { platformId, contextId: launch.context.id, title: launch.context.title },
      update: { title: launch.context.title },
      select: { id: true },
    });
    // Serializes launches into one context, so two instructors arriving at once make one cohort.
    await tx.$queryRaw`SELECT 1 FROM "LtiContext" WHERE id = ${context.id} FOR UPDATE`;

    const link = await tx.ltiResourceLink.upsert({
      where: { platformId_resourceLinkId: { platformId, resourceLinkId: launch.resourceLink.id } },
      create: { platformId, resourceLinkId: launch.resourceLink.id, contextId: context.id, title: launch.resourceLink.title },
      update: {},
      select: { contextId: true },
    });
    if (link.contextId !== context.id) throw new LaunchFailure('WRONG_CONTEXT');

    await tx.ltiContextMember.upsert({
      where: { contextId_userId: { contextId: context.id, userId } },
      create: { contextId: context.id, userId, instructor: launch.teaches, lastLaunch: now },
      update: { instructor: launch.teaches, lastLaunch: now },
    });

    let { cohortId } = await tx.ltiContext.findUniqueOrThrow({ where: { id: context.id }, select: { cohortId: true } });
    if (!cohortId && launch.teaches) {
      const cohort = await tx.cohort.create({
        data: { name: launch.context.title, courseId, instructorId: userId, inviteCode: newInviteCode(), createdAt: now },
        select: { id: true },
      });
      cohortId = cohort.id;
      await tx.ltiContext.update({ where: { id: context.id }, data: { cohortId } });
      const learners = await tx.ltiContextMember.findMany({ where: { contextId: context.id, instructor: false }, select: { userId: true } });
      await tx.cohortMember.createMany({ data: learners.map((learner) => ({ cohortId: cohortId!, userId: learner.userId })), skipDuplicates: true });
    } else if (cohortId && !launch.teaches) {
      await tx.cohortMember.createMany({ data: [{ cohortId, userId, joinedAt: now }], skipDuplicates: true });
    }
    return { cohortId };
  });
}
