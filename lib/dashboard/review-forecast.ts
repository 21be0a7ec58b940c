import type { Db } from '../db/client';
import type { LearnerDay } from '../srs/learner-day';
import { overdueBefore } from './counts';
import { addDays } from './day-keys';

export type ForecastDay = { day: string; due: number };
export type ReviewForecast = { days: ForecastDay[]; overdue: number };

export const forecastDays = 30;

/**
 * Cards coming due on each of the learner's next 30 days, today first; cards already overdue
 * (countDefinitions.overdue) are due today too and are also counted apart. A due instant's day is its local wall-clock date
 * shifted back by the day-start hour, the same rule as learnerDay (timestamps are stored as UTC).
 */
export async function reviewForecast(
  db: Db,
  input: { userId: string; courseId: string; today: LearnerDay; timeZone: string; dayStartHour: number },
): Promise<ReviewForecast> {
  const lastDay = addDays(input.today.key, forecastDays - 1);
  // A coarse bound keeps the index range short; the day key decides exactly.
  const horizon = new Date(input.today.start.getTime() + (forecastDays + 1) * 86_400_000);
  const rows = await db.$queryRaw<Array<{ day: string; due: number; overdue: number }>>`
    SELECT GREATEST(k.day, ${input.today.key}::date)::text AS day, count(*)::int AS due,
      count(*) FILTER (WHERE c.due < ${overdueBefore(input.today)})::int AS overdue
    FROM "Card" c
    -- As the review queue: cards of archived questions are never shown, so they are never due.
    JOIN "Question" q ON q.id = c."questionId" AND q."archivedAt" IS NULL
    CROSS JOIN LATERAL (SELECT (((c.due AT TIME ZONE 'UTC') AT TIME ZONE ${input.timeZone}) - make_interval(hours => ${input.dayStartHour}))::date AS day) k
    WHERE c."userId" = ${input.userId} AND NOT c.suspended AND c.state <> 0 AND c.due < ${horizon}
      AND k.day <= ${lastDay}::date
      AND EXISTS (SELECT 1 FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
                  WHERE qo."questionId" = c."questionId" AND o."courseId" = ${input.courseId})
    GROUP BY 1`;
  const byDay = new Map(rows.map((row) => [row.day, row.due]));
  return {
    days: Array.from({ length: forecastDays }, (_, i) => addDays(input.today.key, i)).map((day) => ({ day, due: byDay.get(day) ?? 0 })),
    overdue: rows.reduce((sum, row) => sum + row.overdue, 0),
  };
}
