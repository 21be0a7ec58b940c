import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { learnerDecaySql, recalledCorrectSql, retrievabilitySql } from './retrievability-sql';

/**
 * Every (question, objective) pair of the course, a sub-objective standing for its objective: a
 * question on 1.9.c counts for 1.9, and once however many of 1.9's sub-objectives it names.
 */
function courseQuestionObjectivesSql(courseId: string) {
  return Prisma.sql`SELECT DISTINCT qo."questionId", COALESCE(o."parentId", o.id) AS "objectiveId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE o."courseId" = ${courseId}`;
}

/** One learner's standing on one exam objective. */
export type ObjectiveMastery = {
  objectiveId: string;
  code: string;
  domainCode: string;
  /** Cards in the learner's deck (not suspended) whose question covers the objective. */
  cards: number;
  /** Of those, cards reviewed at least once. */
  reviewedCards: number;
  /** Mean FSRS predicted recall of the reviewed cards right now; null when none is reviewed. */
  meanRetrievability: number | null;
  /** Every graded answer to the objective's questions (suspended cards included: a leech is evidence too). */
  answers: number;
  correctAnswers: number;
  /** Σ over cards of right answers × the card's predicted recall now: what the right answers still support (readiness). */
  recalledCorrect: number;
};

/**
 * Mastery of every objective of the course, for many learners in one statement (the instructor
 * dashboard asks for a whole cohort). Objectives without cards are listed with zeros, so every
 * learner's list has the whole blueprint in its order.
 */
export async function objectiveMastery(db: Db, input: { userIds: string[]; courseId: string; now: Date }): Promise<Map<string, ObjectiveMastery[]>> {
  // At cohort size (200 learners, 100,000 cards) the plan must stay simple: the learners' cards
  // first, hash-joined to the course's question-objective pairs, then grouped on integer keys
  // (learner number, objective number): sorting 120,000 rows on text ids took most of the time.
  const rows = await db.$queryRaw<Array<ObjectiveMastery & { userId: string }>>`
    WITH f AS MATERIALIZED (${learnerDecaySql(input.userIds, input.courseId)}),
    course AS MATERIALIZED (
      SELECT pairs."questionId", pairs."objectiveId", dense_rank() OVER (ORDER BY pairs."objectiveId") AS k
      FROM (${courseQuestionObjectivesSql(input.courseId)}) pairs
    ),
    per AS (
      SELECT f.n, course.k,
        count(*) FILTER (WHERE NOT c.suspended)::int AS cards,
        count(*) FILTER (WHERE NOT c.suspended AND c.state <> 0 AND c."lastReview" IS NOT NULL)::int AS "reviewedCards",
        avg(${retrievabilitySql(input.now)}) FILTER (WHERE NOT c.suspended)::float8 AS "meanRetrievability",
        sum(c.answers)::int AS answers,
        sum(c."correctAnswers")::int AS "correctAnswers",
        ${recalledCorrectSql(input.now)} AS "recalledCorrect"
      FROM "Card" c
      JOIN course ON course."questionId" = c."questionId"
      JOIN f ON f."userId" = c."userId"
      WHERE c."userId" = ANY(${input.userIds}::text[])
      GROUP BY f.n, course.k
    )
    SELECT f."userId", o.id AS "objectiveId", o.code, d.code AS "domainCode",
      COALESCE(per.cards, 0) AS cards, COALESCE(per."reviewedCards", 0) AS "reviewedCards",
      per."meanRetrievability", COALESCE(per.answers, 0) AS answers, COALESCE(per."correctAnswers", 0) AS "correctAnswers",
      COALESCE(per."recalledCorrect", 0) AS "recalledCorrect"
    FROM f
    CROSS JOIN "Objective" o
    JOIN "Domain" d ON d.id = o."domainId"
    LEFT JOIN (SELECT DISTINCT k, "objectiveId" FROM course) numbered ON numbered."objectiveId" = o.id
    LEFT JOIN per ON per.n = f.n AND per.k = numbered.k
    WHERE o."courseId" = ${input.courseId} AND o."parentId" IS NULL
    ORDER BY f.n, d."order", o."order"`;
  const byLearner = new Map<string, ObjectiveMastery[]>(input.userIds.map((id) => [id, []]));
  for (const { userId, ...mastery } of rows) byLearner.get(userId)!.push(mastery);
  return byLearner;
}

/** How much a learner has practised a course: distinct questions answered and their answers (a question on two objectives counts once). */
export type PracticeTotals = { answers: number; questions: number };

export async function practiceTotals(db: Db, input: { userIds: string[]; courseId: string }): Promise<Map<string, PracticeTotals>> {
  const rows = await db.$queryRaw<Array<PracticeTotals & { userId: string }>>`
    WITH course AS MATERIALIZED (SELECT DISTINCT "questionId" FROM (${courseQuestionObjectivesSql(input.courseId)}) pairs)
    SELECT c."userId", COALESCE(sum(c.answers), 0)::int AS answers, count(*) FILTER (WHERE c.answers > 0)::int AS questions
    FROM "Card" c JOIN course ON course."questionId" = c."questionId"
    WHERE c."userId" = ANY(${input.userIds}::text[])
    GROUP BY c."userId"`;
  const totals = new Map<string, PracticeTotals>(input.userIds.map((id) => [id, { answers: 0, questions: 0 }]));
  for (const { userId, ...row } of rows) totals.set(userId, row);
  return totals;
}
