import type PgBoss from 'pg-boss';
import type { Db } from '../db/client';
import { jobQueue } from '../jobs/job-queue';
import { deliverScore, scoreDeliveryTries } from './deliver-score';

export const scoreQueue = 'lti-score';
const sweepQueue = 'lti-score-sweep';
// First retry after a minute, then 2, 4, 8 … (pg-boss's exponential backoff).
const retry = { retryLimit: scoreDeliveryTries - 1, retryDelay: 60, retryBackoff: true } as const;

/** Asks the workers to deliver a score now. Best effort: the sweep finds any score whose job was never sent. */
export async function queueScoreDelivery(attemptId: string): Promise<void> {
  try {
    const boss = await jobQueue();
    await boss.createQueue(scoreQueue, { name: scoreQueue, ...retry });
    await boss.send(scoreQueue, { attemptId }, { ...retry, singletonKey: attemptId });
  } catch (error) {
    console.error(`netprep: queueing an LMS score: ${(error as Error).message}`);
  }
}

/**
 * Delivers scores in the background of this process. At start and every 15 minutes, pending
 * scores are queued again (one job per score at a time), which covers a crash between grading
 * and queueing.
 */
export async function startScoreWorker(db: Db, boss: PgBoss): Promise<void> {
  await boss.createQueue(scoreQueue, { name: scoreQueue, ...retry });
  await boss.createQueue(sweepQueue);
  await boss.work<{ attemptId: string }>(scoreQueue, async ([job]) => deliverScore(db, job.data.attemptId, new Date()));
  const sweep = async () => {
    const pending = await db.ltiScore.findMany({ where: { status: 'PENDING' }, select: { attemptId: true } });
    for (const { attemptId } of pending) await boss.send(scoreQueue, { attemptId }, { ...retry, singletonKey: attemptId });
  };
  await boss.work(sweepQueue, sweep);
  await boss.schedule(sweepQueue, '*/15 * * * *');
  await sweep();
}
