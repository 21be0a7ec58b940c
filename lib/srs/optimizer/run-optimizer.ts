import type { Db } from '../../db/client';
import { resolveSettings } from '../settings';
import { fitParameters } from './fit';
import { trainingItems, type HistoryReview } from './history';

/** "user:<id>" optimizes one learner; "course:<id>" the course's shared defaults from all its learners. */
export type OptimizerScope = `user:${string}` | `course:${string}`;

async function historyOf(db: Db, scope: OptimizerScope): Promise<HistoryReview[]> {
  const [kind, id] = scope.split(':') as ['user' | 'course', string];
  const logs = await db.reviewLog.findMany({
    where: kind === 'user' ? { userId: id } : { card: { question: { objectives: { some: { objective: { courseId: id } } } } } },
    select: { cardId: true, rating: true, reviewedAt: true, userId: true },
    orderBy: { reviewedAt: 'asc' },
  });
  const zones = new Map<string, { timeZone: string; dayStartHour: number }>();
  for (const userId of new Set(logs.map((l) => l.userId))) zones.set(userId, await resolveSettings(db, userId));
  return logs.map((log) => ({ ...log, ...zones.get(log.userId)! }));
}

/** Runs one queued optimization and records its outcome; never throws for a learner's data problem. */
export async function runOptimizer(db: Db, runId: string): Promise<void> {
  // Only a queued run is claimed: a job delivered twice, or for a run closed meanwhile, does nothing.
  const claimed = await db.optimizerRun.updateMany({ where: { id: runId, status: 'queued' }, data: { status: 'running' } });
  if (claimed.count === 0) return;
  const run = await db.optimizerRun.findUniqueOrThrow({ where: { id: runId } });
  const scope = run.scope as OptimizerScope;
  try {
    const result = await fitParameters(trainingItems(await historyOf(db, scope)));
    if (result.kind === 'fitted') {
      await db.srsParameters.create({
        data: {
          scope,
          userId: scope.startsWith('user:') ? scope.slice(5) : null,
          weights: result.weights,
          logLossBefore: result.logLossBefore,
          logLossAfter: result.logLossAfter,
          reviewCount: result.items,
        },
      });
    }
    await db.optimizerRun.update({
      where: { id: runId },
      data: {
        status: result.kind,
        message: result.kind === 'fitted' ? null : result.reason,
        reviewCount: result.items,
        logLossBefore: result.logLossBefore ?? null,
        logLossAfter: result.kind === 'fitted' ? result.logLossAfter : null,
        finishedAt: new Date(),
      },
    });
  } catch (error) {
    await db.optimizerRun.update({
      where: { id: runId },
      data: { status: 'failed', message: `The optimizer failed: ${(error as Error).message}`, finishedAt: new Date() },
    });
  }
}
