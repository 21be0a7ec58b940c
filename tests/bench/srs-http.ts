import { randomUUID } from 'node:crypto';
import type { Db } from '../../lib/db/client';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { Question, QuestionResponse } from '../../lib/questions/schema';
import { reviewPresentation } from '../../lib/srs/review-presentation';
import { reviewQueue } from '../../lib/srs/review-queue';
import { signInOverHttp } from '../e2e/http-session';
import { learnerEmail, learnerPassword } from './srs-seed';

export type ReviewAnswer = { cardId: string; reps: number; response: QuestionResponse };
export type QueuedReview = ReviewAnswer & { cookie: string };
export type LoadResult = { seconds: number; latencies: number[]; statuses: Record<string, number> };

/**
 * Learners 1..count come back after a month away: every card they have seen is overdue, so each
 * has a full day's queue (the review limit, 200) and no card needs to be shown twice in a run.
 */
export async function makeBacklog(db: Db, count: number): Promise<void> {
  await db.$executeRaw`
    UPDATE "Card" c SET due = s.due, "lastReview" = s.due - c."scheduledDays" * interval '1 day' - interval '10 minutes'
    FROM (SELECT id, now() - random() * interval '30 days' AS due FROM "Card"
          WHERE "userId" IN (SELECT user_id FROM bench_learners WHERE n <= ${count}) AND state <> 0 AND NOT suspended) s
    WHERE c.id = s.id`;
}

/**
 * The learner's queue as the review page would show it now, each card with the correct answer
 * in the tokens of that showing. A card's salt and reps change with every review, so each entry
 * is good for one submission.
 */
export async function queuedAnswers(db: Db, userId: string): Promise<ReviewAnswer[]> {
  const { cardIds } = await reviewQueue(db, userId, { now: new Date(), take: 200 });
  const cards = await db.card.findMany({
    where: { id: { in: cardIds } },
    select: { id: true, reps: true, showSalt: true, question: { select: { currentVersion: { select: { body: true } } } } },
  });
  return cards.map((card) => {
    const question = card.question.currentVersion!.body as Question;
    return { cardId: card.id, reps: card.reps, response: responseToTokens(reviewPresentation(card.showSalt, question), correctResponse(question)) };
  });
}

/** Signs in learners 1..count over HTTP and loads their queues. */
export async function preloadQueues(db: Db, baseUrl: string, count: number): Promise<QueuedReview[][]> {
  const learners = await db.$queryRaw<Array<{ n: number; user_id: string }>>`SELECT n, user_id FROM bench_learners WHERE n <= ${count} ORDER BY n`;
  const queues: QueuedReview[][] = [];
  // argon2 costs the app ~25 ms a sign-in: a few at a time keeps this short without queueing up.
  for (let i = 0; i < learners.length; i += 8) {
    const batch = learners.slice(i, i + 8).map(async ({ n, user_id }) => {
      const cookie = await signInOverHttp(baseUrl, learnerEmail(n), learnerPassword);
      return (await queuedAnswers(db, user_id)).map((answer) => ({ ...answer, cookie }));
    });
    queues.push(...(await Promise.all(batch)));
  }
  return queues;
}

/**
 * Each client submits its reviews one after another, as fast as the app answers, until the time
 * is up; the time runs until the last answer arrives, so no request is cut off.
 */
export async function runClients(baseUrl: string, decks: QueuedReview[][], seconds: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    decks.map(async (deck, client) => {
      while (performance.now() < until) {
        const review = deck.pop();
        if (!review) throw new Error(`client ${client + 1} ran out of queued cards: give each client more learners`);
        const t = performance.now();
        const response = await fetch(`${baseUrl}/api/reviews`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', cookie: review.cookie },
          body: JSON.stringify({ reviewId: randomUUID(), cardId: review.cardId, reps: review.reps, response: review.response, rating: 3 }),
        });
        const body = (await response.json().catch(() => null)) as { status?: string } | null;
        latencies.push(performance.now() - t);
        const status = response.ok && body?.status ? body.status : `HTTP ${response.status}`;
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }),
  );
  return { seconds: (performance.now() - started) / 1000, latencies, statuses };
}
