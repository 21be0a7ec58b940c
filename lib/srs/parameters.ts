import type { Db } from '../db/client';

/**
 * The FSRS weights that schedule this learner's card: their own fitted ones, else the fitted
 * defaults of a course the question belongs to, else none (FSRS-6's published defaults).
 */
export async function weightsFor(db: Pick<Db, '$queryRaw'>, userId: string, questionId: string): Promise<{ weights?: number[]; version: number }> {
  // One round trip: this runs inside every review's transaction, while the card is locked.
  const [row] = await db.$queryRaw<Array<{ weights: number[]; createdAt: Date }>>`
    SELECT p.weights, p."createdAt" FROM "SrsParameters" p
    WHERE p.scope = ${`user:${userId}`}
       OR p.scope IN (SELECT 'course:' || o."courseId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE qo."questionId" = ${questionId})
    ORDER BY (p.scope = ${`user:${userId}`}) DESC, p."createdAt" DESC
    LIMIT 1`;
  // Minutes, not milliseconds: the version lives in an int column.
  return row ? { weights: row.weights, version: Math.floor(row.createdAt.getTime() / 60_000) } : { version: 0 };
}
