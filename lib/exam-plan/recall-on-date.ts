import type { Db } from '../db/client';
import { learnerDecaySql, retrievabilitySql } from '../dashboard/retrievability-sql';

/** Mean predicted recall, at one instant, of the learner's reviewed cards on one objective or sub-objective. */
export type ObjectiveRecall = { objectiveId: string; cards: number; recall: number };

/**
 * Each card's FSRS forgetting curve evaluated at `at` (the same SQL as the dashboard's recall,
 * tested against ts-fsrs), averaged per objective and per sub-objective. A card on a sub-objective
 * counts for its objective too, once however many of its sub-objectives it names. Only reviewed,
 * unsuspended cards of live questions: the date's recall if the learner stopped studying today.
 */
export async function recallOnDate(db: Db, input: { userId: string; courseId: string; at: Date }): Promise<ObjectiveRecall[]> {
  return db.$queryRaw<ObjectiveRecall[]>`
    WITH f AS (${learnerDecaySql([input.userId], input.courseId)}),
    pairs AS (
      SELECT qo."questionId", o.id, o."parentId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
      WHERE o."courseId" = ${input.courseId}
    ),
    targets AS (SELECT "questionId", id AS "objectiveId" FROM pairs UNION SELECT "questionId", "parentId" FROM pairs WHERE "parentId" IS NOT NULL),
    cards AS (
      SELECT c."questionId", ${retrievabilitySql(input.at)} AS r
      FROM "Card" c JOIN f ON f."userId" = c."userId" JOIN "Question" q ON q.id = c."questionId" AND q."archivedAt" IS NULL
      WHERE c."userId" = ${input.userId} AND NOT c.suspended AND c.state <> 0 AND c."lastReview" IS NOT NULL
    )
    SELECT t."objectiveId", count(*)::int AS cards, avg(cards.r)::float8 AS recall
    FROM targets t JOIN cards ON cards."questionId" = t."questionId"
    GROUP BY t."objectiveId"`;
}
