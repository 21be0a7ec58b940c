import type { Db } from '../db/client';
import { learnerDecaySql, recalledCorrectSql, retrievabilitySql } from './retrievability-sql';

export type DomainTotals = {
  domainId: string;
  reviewedCards: number;
  meanRetrievability: number | null;
  answers: number;
  correctAnswers: number;
  recalledCorrect: number;
};

/**
 * A learner's totals per domain, each card counted once even when its question covers several
 * objectives of the domain, so the domain's answers agree with the readiness basis.
 */
export async function domainMastery(db: Db, input: { userId: string; courseId: string; now: Date }): Promise<Map<string, DomainTotals>> {
  const rows = await db.$queryRaw<DomainTotals[]>`
    WITH f AS (${learnerDecaySql([input.userId], input.courseId)}),
    cards AS (
      SELECT DISTINCT o."domainId", c.id, c.state, c."lastReview", c.stability, c.suspended, c.answers, c."correctAnswers"
      FROM "Card" c
      JOIN "QuestionObjective" qo ON qo."questionId" = c."questionId"
      JOIN "Objective" o ON o.id = qo."objectiveId" AND o."courseId" = ${input.courseId}
      WHERE c."userId" = ${input.userId}
    )
    SELECT c."domainId",
      count(*) FILTER (WHERE NOT c.suspended AND c.state <> 0 AND c."lastReview" IS NOT NULL)::int AS "reviewedCards",
      avg(${retrievabilitySql(input.now)}) FILTER (WHERE NOT c.suspended)::float8 AS "meanRetrievability",
      sum(c.answers)::int AS answers, sum(c."correctAnswers")::int AS "correctAnswers",
      ${recalledCorrectSql(input.now)} AS "recalledCorrect"
    FROM cards c CROSS JOIN f
    GROUP BY c."domainId"`;
  return new Map(rows.map((row) => [row.domainId, row]));
}
