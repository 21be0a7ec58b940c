import type { Db } from '../../db/client';
import { learnerDay } from '../../srs/learner-day';
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

/**
 * Reviews in each learner's last 7 days, today included, counted in their own days (time zone and
 * day-start hour) from the pre-aggregated StudyDay rows, never from the review log.
 */
export async function reviewsLastWeek(db: Db, userIds: string[], courseId: string, now: Date): Promise<Map<string, number>> {
  if (userIds.length === 0) return new Map();
  const settings = await db.srsSettings.findMany({ where: { userId: { in: userIds }, scope: { in: [globalScope, courseId] } } });
  const today = new Map<string, string>();
  for (const userId of userIds) {
    const mine = settings.filter((row) => row.userId === userId);
    // Same precedence as resolveSettings: the course's overrides on top of the learner's global choices.
    const { timeZone, dayStartHour } = srsSettingsSchema.parse({
      ...(mine.find((r) => r.scope === globalScope)?.settings as object),
      ...(mine.find((r) => r.scope === courseId)?.settings as object),
    });
    today.set(userId, learnerDay(now, timeZone, dayStartHour).key);
  }
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
 * Cards of the course already due before now (not new, not suspended), as the review queue sees
 * them. The learners' due cards are taken first (their index) and then matched to the course's
 * questions: left to itself the planner probed every (question, learner) pair, 300,000 index
 * searches for a cohort of 200.
 */
export async function overdueCards(db: Db, userIds: string[], courseId: string, now: Date): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<Array<{ userId: string; overdue: number }>>`
    WITH due AS MATERIALIZED (
      SELECT c."userId", c."questionId" FROM "Card" c
      WHERE c."userId" = ANY(${userIds}::text[]) AND NOT c.suspended AND c.state <> 0 AND c.due < ${now}
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
