import type PgBoss from 'pg-boss';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { runOptimizer, type OptimizerScope } from './run-optimizer';

export const optimizerQueue = 'srs-optimize';

/** Queues an optimization; one at a time per scope, so repeated clicks don't pile up runs. */
export async function requestOptimization(db: Db, boss: PgBoss, request: { scope: OptimizerScope; requestedBy: string }) {
  const pending = await db.optimizerRun.findFirst({ where: { scope: request.scope, status: { in: ['queued', 'running'] } }, select: { id: true } });
  if (pending) throw new AppError('CONFLICT', 'An optimization is already queued or running; its result will appear here.');
  const run = await db.optimizerRun.create({ data: { scope: request.scope, requestedBy: request.requestedBy } });
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
