import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { examQueueRules } from '../exam-plan/exam-queue';
import { inOpenExamSql } from '../quiz/open-exam';
import { learnerDay } from './learner-day';
import { resolveSettings } from './settings';

export type QueueCounts = { due: number; newAvailable: number; reviewedToday: number; newToday: number; reviewsLeft: number; newLeft: number };

/**
 * What to review now: due cards first (oldest first), then new cards up to today's new-card
 * limit; both within today's review limit. With an exam date for the course, new cards keep pace
 * with it and, in the final week, due cards come by their worth on the exam date (examQueueRules). "Today" is the learner's day (their time zone and
 * day-start hour). New cards are those never reviewed; learning cards count as reviews. Cards of
 * questions in an exam simulation still running are held back (not counted) until it is submitted.
 */
export async function reviewQueue(db: Db, userId: string, options: { courseId?: string | null; now: Date; take?: number }) {
  const now = options.now;
  const settings = await resolveSettings(db, userId, options.courseId);
  const day = learnerDay(now, settings.timeZone, settings.dayStartHour);
  const take = options.take ?? 100;
  const exam = options.courseId ? await examQueueRules(db, { userId, courseId: options.courseId, today: day, settings }) : null;
  // One statement for the counts and both candidate lists: this runs on every visit to /review.
  const [row] = await db.$queryRaw<QueueRow[]>`
    WITH live AS (
      SELECT c.id, c.state, c.due, c."createdAt", c."questionId", c."userId", c.stability, c."lastReview"
      FROM "Card" c JOIN "Question" q ON q.id = c."questionId" AND q."archivedAt" IS NULL
      WHERE c."userId" = ${userId} AND NOT c.suspended AND NOT (${inOpenExamSql(userId, now, Prisma.sql`c."questionId"`)})
        AND (${options.courseId ?? null}::text IS NULL OR EXISTS (
          SELECT 1 FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
          WHERE qo."questionId" = c."questionId" AND o."courseId" = ${options.courseId ?? null}::text))
    ), today AS (
      SELECT count(*) FILTER (WHERE state = 0)::int AS "newToday", count(*) FILTER (WHERE state <> 0)::int AS "reviewedToday"
      FROM "ReviewLog" WHERE "userId" = ${userId} AND "reviewedAt" >= ${day.start} AND "reviewedAt" < ${day.end}
    )
    SELECT
      (SELECT count(*)::int FROM live WHERE state <> 0 AND due <= ${now}) AS due,
      (SELECT count(*)::int FROM live WHERE state = 0) AS "newAvailable",
      today."newToday", today."reviewedToday",
      ARRAY(SELECT c.id FROM live c ${exam?.join ?? Prisma.empty} WHERE c.state <> 0 AND c.due <= ${now} ORDER BY ${exam?.order ?? Prisma.sql`c.due`} LIMIT ${take}) AS "dueIds",
      ARRAY(SELECT id FROM live WHERE state = 0 ORDER BY "createdAt", "questionId" LIMIT ${take}) AS "newIds"
    FROM today`;
  const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - row.reviewedToday);
  const newLeft = Math.max(0, Math.min((exam?.newPerDay ?? settings.newPerDay) - row.newToday, reviewsLeft - Math.min(row.due, reviewsLeft)));
  const dueIds = row.dueIds.slice(0, Math.min(take, reviewsLeft));
  const newIds = row.newIds.slice(0, Math.max(0, Math.min(newLeft, take - dueIds.length)));
  const counts: QueueCounts = { due: row.due, newAvailable: row.newAvailable, reviewedToday: row.reviewedToday, newToday: row.newToday, reviewsLeft, newLeft };
  return { cardIds: [...dueIds, ...newIds], counts, day, settings };
}

type QueueRow = { due: number; newAvailable: number; newToday: number; reviewedToday: number; dueIds: string[]; newIds: string[] };

/** Cards whose question belongs to the course (all cards without one). */
function courseFilter(courseId?: string | null): { question?: Prisma.QuestionWhereInput } {
  return courseId ? { question: { objectives: { some: { objective: { courseId } } } } } : {};
}

/** Cards coming due during the learner's next day (for the finish screen). */
export async function dueTomorrow(db: Db, userId: string, options: { courseId?: string | null; now: Date }): Promise<number> {
  const settings = await resolveSettings(db, userId, options.courseId);
  const today = learnerDay(options.now, settings.timeZone, settings.dayStartHour);
  const tomorrow = learnerDay(today.end, settings.timeZone, settings.dayStartHour);
  return db.card.count({
    where: { userId, suspended: false, state: { not: 0 }, due: { gte: today.end, lt: tomorrow.end }, ...courseFilter(options.courseId) },
  });
}
