import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';

type Tx = Prisma.TransactionClient;
export type LockedRun = { id: string; generators: unknown; problemLimit: number; deadline: Date; finishedAt: Date | null; answered: number };

/**
 * Row-locks the learner's run for the rest of the transaction. Showing, answering and finishing
 * take it first, so two tabs or a double click are applied one after the other: one new item per
 * "next", one grade per answer. Another learner's run is "not found", never "forbidden".
 */
export async function lockRun(tx: Tx, userId: string, runId: string): Promise<LockedRun> {
  const rows = await tx.$queryRaw<Array<Omit<LockedRun, 'answered'>>>`
    SELECT id, generators, "problemLimit", deadline, "finishedAt"
    FROM "DrillRun" WHERE id = ${runId} AND "userId" = ${userId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError('NOT_FOUND', 'No such drill.');
  const answered = await tx.drillItem.count({ where: { runId, answeredAt: { not: null } } });
  return { ...rows[0], answered };
}

/** Over when finished, when the problem limit is answered, or at the deadline by the server's clock. */
export const runIsOver = (run: Pick<LockedRun, 'finishedAt' | 'problemLimit' | 'deadline' | 'answered'>, now: Date) =>
  run.finishedAt !== null || run.answered >= run.problemLimit || now >= run.deadline;

/** Marks an over run finished; a run that ran out of time finished at its deadline. */
export async function closeRun(tx: Tx, run: LockedRun, now: Date): Promise<void> {
  if (run.finishedAt) return;
  const finishedAt = now > run.deadline ? run.deadline : now;
  await tx.drillRun.update({ where: { id: run.id }, data: { finishedAt } });
  run.finishedAt = finishedAt;
}
