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

export type LockedItem = {
  position: number;
  generator: string;
  seed: number;
  shownAt: Date;
  answeredAt: Date | null;
  response: string | null;
  correct: boolean | null;
};

/**
 * The answer path's lock: the run and one of its items, both row-locked in one statement. The item
 * is locked too because, under READ COMMITTED, only a locked row is re-read after the wait: an
 * unlocked joined item would be the copy from before a double click's first answer committed.
 * `answered` is left to recordAnswer, the one statement that needs it. Null when either is missing.
 */
export async function lockRunItem(
  tx: Tx,
  userId: string,
  runId: string,
  position: number,
): Promise<{ run: Omit<LockedRun, 'answered'>; item: LockedItem } | null> {
  type ItemJson = Omit<LockedItem, 'shownAt' | 'answeredAt'> & { shownAt: string; answeredAt: string | null };
  const rows = await tx.$queryRaw<Array<Omit<LockedRun, 'answered'> & { item: ItemJson }>>`
    SELECT r.id, r.generators, r."problemLimit", r.deadline, r."finishedAt",
      json_build_object('position', i.position, 'generator', i.generator, 'seed', i.seed, 'shownAt', i."shownAt",
        'answeredAt', i."answeredAt", 'response', i.response, 'correct', i.correct) AS item
    FROM "DrillRun" r JOIN "DrillItem" i ON i."runId" = r.id
    WHERE r.id = ${runId} AND r."userId" = ${userId} AND i.position = ${position}
    FOR UPDATE`;
  if (rows.length === 0) return null;
  const { item, ...run } = rows[0];
  return { run, item: { ...item, shownAt: utcDate(item.shownAt)!, answeredAt: utcDate(item.answeredAt) } };
}

// json_build_object writes a timestamp without its zone; the stored wall clock is UTC.
const utcDate = (value: string | null): Date | null => (value === null ? null : new Date(`${value}Z`));

/**
 * Stores a graded answer and returns how many of the run's problems are now answered, in one
 * statement. The count runs after the run's lock was taken, so it sees every earlier answer; it
 * cannot see this statement's own update, hence the + 1.
 */
export async function recordAnswer(
  tx: Tx,
  runId: string,
  answer: { position: number; response: string; correct: boolean; seconds: number; now: Date },
): Promise<number> {
  const rows = await tx.$queryRaw<Array<{ answered: number }>>`
    WITH stored AS (
      UPDATE "DrillItem" SET "answeredAt" = ${answer.now.toISOString()}::timestamp, response = ${answer.response},
        correct = ${answer.correct}, seconds = ${answer.seconds}
      WHERE "runId" = ${runId} AND position = ${answer.position} AND "answeredAt" IS NULL
      RETURNING 1)
    SELECT (SELECT count(*) FROM "DrillItem" WHERE "runId" = ${runId} AND "answeredAt" IS NOT NULL)::int
      + (SELECT count(*) FROM stored)::int AS answered`;
  return rows[0].answered;
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
