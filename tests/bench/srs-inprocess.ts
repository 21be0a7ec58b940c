import { randomUUID } from 'node:crypto';
import type { Db } from '../../lib/db/client';
import { submitReview } from '../../lib/srs/review-card';
import { reviewQueue } from '../../lib/srs/review-queue';
import { summarize, type Summary } from './bench-report';
import { queuedAnswers, type ReviewAnswer } from './srs-http';

const warmUp = 20;

export type InProcess = { summary: Summary; nodeCpuMs: number };

/**
 * Times `work` one call at a time after a warm-up. The Node CPU per call is what the call costs
 * the app's single thread, which bounds what one app process can serve whatever the database does.
 */
async function timeCalls(samples: number, work: (i: number) => Promise<void>): Promise<InProcess> {
  for (let i = 0; i < warmUp; i++) await work(i);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = warmUp; i < warmUp + samples; i++) {
    const t = performance.now();
    await work(i);
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { summary: summarize(times), nodeCpuMs: (used.user + used.system) / 1000 / samples };
}

/** reviewQueue as the review page calls it, for random learners: the server-side time, measured in this process. */
export async function measureQueue(db: Db, samples: number): Promise<InProcess & { meanDue: number }> {
  const learners = (await db.$queryRaw<Array<{ user_id: string }>>`SELECT user_id FROM bench_learners`).map((l) => l.user_id);
  let due = 0;
  const timing = await timeCalls(samples, async (i) => {
    const queue = await reviewQueue(db, learners[Math.floor(Math.random() * learners.length)], { now: new Date() });
    if (i >= warmUp) due += queue.counts.due;
  });
  return { ...timing, meanDue: due / samples };
}

/** submitReview without HTTP or sign-in, on the queues of learners `first`, `first + 1`, …, until enough cards are queued. */
export async function measureSubmit(db: Db, first: number, samples: number): Promise<InProcess> {
  const reviews: Array<ReviewAnswer & { userId: string }> = [];
  for (let n = first; reviews.length < warmUp + samples; n++) {
    const [learner] = await db.$queryRaw<Array<{ user_id: string }>>`SELECT user_id FROM bench_learners WHERE n = ${n}`;
    reviews.push(...(await queuedAnswers(db, learner.user_id)).map((answer) => ({ ...answer, userId: learner.user_id })));
  }
  return timeCalls(samples, async (i) => {
    const { userId, ...answer } = reviews[i];
    const outcome = await submitReview(db, userId, { ...answer, reviewId: randomUUID(), rating: 3 }, new Date());
    if (outcome.status !== 'applied') throw new Error(`in-process submitReview answered ${outcome.status}`);
  });
}
