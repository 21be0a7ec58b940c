import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';

type Tx = Prisma.TransactionClient;
export type LockedAttempt = {
  id: string;
  kind: 'LESSON' | 'PRACTICE' | 'EXAM';
  status: 'IN_PROGRESS' | 'SUBMITTED';
  deadline: Date | null;
  settings: unknown;
  openFrom: number;
};

/**
 * Row-locks the learner's attempt for the rest of the transaction. Answers and the submit take
 * this lock first, so an answer can never slip in after (or during) grading.
 */
export async function lockAttempt(tx: Tx, userId: string, attemptId: string): Promise<LockedAttempt> {
  const rows = await tx.$queryRaw<LockedAttempt[]>`
    SELECT id, kind::text AS kind, status::text AS status, deadline, settings, "openFrom"
    FROM "QuizAttempt" WHERE id = ${attemptId} AND "userId" = ${userId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such attempt.');
  return rows[0];
}
