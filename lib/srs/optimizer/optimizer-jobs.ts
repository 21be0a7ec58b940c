import type PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import type { OptimizerRun } from '../../db/generated/client';
import { isUniqueViolation } from '../../db/unique-violation';
import { runOptimizer, type OptimizerScope } from './run-optimizer';

export const optimizerQueue = 'srs-optimize';

/**
 * Queues an optimization; one at a time per scope (a unique index), so repeated or simultaneous
 * clicks get the run already queued or running instead of piling up runs.
 */
export async function requestOptimization(db: Db, boss: PgBoss, request: { scope: OptimizerScope; requestedBy: string }): Promise<OptimizerRun> {
  const pending = () => db.optimizerRun.findFirst({ where: { scope: request.scope, status: { in: ['queued', 'running'] } } });
  const already = await pending();
  if (already) return already;
  let run: OptimizerRun;
  try {
    run = await db.optimizerRun.create({ data: { scope: request.scope, requestedBy: request.requestedBy } });
  } catch (error) {
    const winner = isUniqueViolation(error) ? await pending() : null;
    if (!winner) throw error;
    return winner;
  }
  await boss.createQueue(optimizerQueue);
  await boss.send(optimizerQueue, { runId: run.id });
  return run;
}

/** Runs optimizations in the background of this process; fsrs-rs trains off the event loop. */
export async function startOptimizerWorker(db: Db, boss: PgBoss): Promise<void> {
  await boss.createQueue(optimizerQueue);
  await boss.work<{ runId: string }>(optimizerQueue, async ([job]) => runOptimizer(db, job.data.runId));
}

export async function latestRun(db: Db, scope: OptimizerScope) {
  return db.optimizerRun.findFirst({ where: { scope }, orderBy: { createdAt: 'desc' } });
}
