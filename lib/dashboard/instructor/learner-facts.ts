import type { Db } from '../../db/client';
import { learnerDay, type LearnerDay } from '../../srs/learner-day';
import { overdueBefore } from '../counts';
import { globalScope, srsSettingsSchema } from '../../srs/settings';
import { addDays } from '../day-keys';

/**
 * Per-learner numbers of the cohort table, each one statement for all learners at once (the
 * table must not grow a query per learner).
 */

export async function lessonCompletion(db: Db, userIds: string[], courseId: string): Promise<{ total: number; completed: Map<string, number> }> {
  const published = { draft: false, archivedAt: null, chapter: { archivedAt: null, courses: { some: { courseId } } } };
  const [total, rows] = await Promise.all([
    db.lesson.count({ where: published }),
    db.lessonProgress.groupBy({ by: ['userId'], where: { userId: { in: userIds }, completedAt: { not: null }, lesson: published }, _count: { _all: true } }),
  ]);
  return { total, completed: new Map(rows.map((row) => [row.userId, row._count._all])) };
}

/** Each learner's current day (their time zone and day-start hour, with the course's overrides), as resolveSettings would give it. */
async function learnerDays(db: Db, userIds: string[], courseId: string, now: Date): Promise<Map<string, LearnerDay>> {
  const settings = await db.srsSettings.findMany({ where: { userId: { in: userIds }, scope: { in: [globalScope, courseId] } } });
  const days = new Map<string, LearnerDay>();
  for (const userId of userIds) {
    const mine = settings.filter((row) => row.userId === userId);
    // Same precedence as resolveSettings: the course's overrides on top of the learner's global choices.
    const { timeZone, dayStartHour } = srsSettingsSchema.parse({
      ...(mine.find((r) => r.scope === globalScope)?.settings as object),
      ...(mine.find((r) => r.scope === courseId)?.settings as object),
    });
    days.set(userId, learnerDay(now, timeZone, dayStartHour));
  }
  return days;
}

/**
 * Reviews in each learner's last 7 days, today included, counted in their own days (time zone and
 * day-start hour) from the pre-aggregated StudyDay rows, never from the review log.
 */
export async function reviewsLastWeek(db: Db, userIds: string[], courseId: string, now: Date): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const today = new Map([...(await learnerDays(db, userIds, courseId, now))].map(([userId, day]) => [userId, day.key]));
  const keys = [...today.values()].sort();
  const rows = await db.$queryRaw<Array<{ userId: string; day: string; reviews: number }>>`
    SELECT "userId", day::text AS day, reviews FROM "StudyDay"
    WHERE "courseId" = ${courseId} AND "userId" = ANY(${userIds}::text[])
      AND day BETWEEN ${addDays(keys[0], -6)}::date AND ${keys.at(-1)}::date`;
  const totals = new Map(userIds.map((id) => [id, 0]));
  for (const row of rows) {
    const last = today.get(row.userId)!;
    if (row.day >= addDays(last, -6) && row.day <= last) totals.set(row.userId, totals.get(row.userId)! + row.reviews);
  }
  return totals;
}

/**
 * Overdue cards of the course per learner, by the one definition (countDefinitions.overdue): due
 * before the learner's current day began, so learning steps due later today, or minutes ago, are
 * not overdue. The learners' due cards are taken first (their index) and then matched to the
 * course's questions: left to itself the planner probed every (question, learner) pair, 300,000
 * index searches for a cohort of 200.
 */
export async function overdueCards(db: Db, userIds: string[], courseId: string, now: Date): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const days = await learnerDays(db, userIds, courseId, now);
  const ids = [...days.keys()];
  // Timestamps are stored as UTC without a zone; an ISO string cast to timestamp keeps its wall clock, which is UTC.
  const starts = ids.map((id) => overdueBefore(days.get(id)!).toISOString());
  const rows = await db.$queryRaw<Array<{ userId: string; overdue: number }>>`
    WITH day AS (SELECT * FROM unnest(${ids}::text[], ${starts}::text[]) AS d("userId", start)),
    due AS MATERIALIZED (
      SELECT c."userId", c."questionId" FROM "Card" c JOIN day ON day."userId" = c."userId"
      WHERE NOT c.suspended AND c.state <> 0 AND c.due < day.start::timestamp
    )
    SELECT d."userId", count(*)::int AS overdue
    FROM due d
    WHERE d."questionId" IN (SELECT qo."questionId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE o."courseId" = ${courseId})
    GROUP BY d."userId"`;
  return new Map(rows.map((row) => [row.userId, row.overdue]));
}

export type ExamSummary = { attempts: number; bestScore: number | null; bestScaledScore: number | null };

export async function examSummaries(db: Db, userIds: string[], courseId: string): Promise<Map<string, ExamSummary>> {
  const rows = await db.quizAttempt.groupBy({
    by: ['userId'],
    where: { userId: { in: userIds }, courseId, kind: 'EXAM', status: 'SUBMITTED' },
    _count: { _all: true },
    _max: { score: true, scaledScore: true },
  });
  return new Map(rows.map((row) => [row.userId, { attempts: row._count._all, bestScore: row._max.score, bestScaledScore: row._max.scaledScore }]));
}
