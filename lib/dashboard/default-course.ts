import type { Db } from '../db/client';

/**
 * The course a learner's pages open on (dashboard, practice): the one asked for, else the course
 * they last used, else the one they last planned for (onboarding asks), else their latest
 * cohort's, else the first. Someone who has studied only
 * Network+ should not land on CCNA because it is listed first.
 */
export async function dashboardCourse(db: Db, userId: string, courses: Array<{ id: string }>, requested?: string): Promise<string | null> {
  const known = (id: string | null | undefined): id is string => !!id && courses.some((c) => c.id === id);
  if (known(requested)) return requested;
  const used = await lastUsedCourse(db, userId);
  if (known(used)) return used;
  const planned = await db.studyPlan.findFirst({ where: { userId }, orderBy: { updatedAt: 'desc' }, select: { courseId: true } });
  if (known(planned?.courseId)) return planned.courseId;
  const membership = await db.cohortMember.findFirst({ where: { userId }, orderBy: { joinedAt: 'desc' }, select: { cohort: { select: { courseId: true } } } });
  return membership?.cohort.courseId ?? courses[0]?.id ?? null;
}

/**
 * The course of the learner's latest practice session or exam simulation, or of their latest
 * review when its question belongs to one course only (a question shared by two courses says
 * nothing about which one they are studying); whichever is more recent.
 */
export async function lastUsedCourse(db: Db, userId: string): Promise<string | null> {
  const rows = await db.$queryRaw<Array<{ courseId: string }>>`
    WITH attempt AS (
      SELECT "courseId", "startedAt" AS at FROM "QuizAttempt"
      WHERE "userId" = ${userId} AND "courseId" IS NOT NULL
      ORDER BY "startedAt" DESC LIMIT 1
    ), review AS (
      SELECT r."reviewedAt" AS at, c."questionId" FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId"
      WHERE r."userId" = ${userId}
      ORDER BY r."reviewedAt" DESC LIMIT 1
    ), reviewed AS (
      SELECT min(o."courseId") AS "courseId", max(review.at) AS at
      FROM review JOIN "QuestionObjective" qo ON qo."questionId" = review."questionId" JOIN "Objective" o ON o.id = qo."objectiveId"
      HAVING count(DISTINCT o."courseId") = 1
    )
    SELECT "courseId" FROM (SELECT * FROM attempt UNION ALL SELECT * FROM reviewed) used ORDER BY at DESC LIMIT 1`;
  return rows[0]?.courseId ?? null;
}
