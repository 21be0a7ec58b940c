import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { joinCohort } from '../../lib/cohorts/cohorts';
import { syncContent } from '../../lib/content/sync';
import { jobQueue } from '../../lib/jobs/job-queue';
import { startExam, startLessonQuiz } from '../../lib/quiz/start-attempts';
import { addLessonToDeck } from '../../lib/srs/deck';
import { requestOptimization } from '../../lib/srs/optimizer/optimizer-jobs';
import { submitReview, undoReview } from '../../lib/srs/review-card';
import { reviewAnswer } from '../helpers/review-answer';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const parallel = 20;
const now = new Date('2026-06-01T10:00:00Z');

/** Fires the same call `parallel` times at once; every one must succeed. */
async function burst<T>(call: () => Promise<T>): Promise<T[]> {
  const settled = await Promise.allSettled(Array.from({ length: parallel }, call));
  const errors = settled.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
  expect(errors).toEqual([]);
  return settled.map((s) => (s as PromiseFulfilledResult<T>).value);
}

describe('twenty parallel calls have exactly one effect, and every caller gets the idempotent answer', async () => {
  const { db, url } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  const boss = await jobQueue(url);
  afterAll(() => boss.stop({ graceful: false, wait: true }));

  it('startExam: one open exam per course, and every caller is sent to it', async () => {
    const results = await burst(() => startExam(db, people.learner.id, { courseId: 'ccna-200-301', length: 5 }, now));
    const open = await db.quizAttempt.findMany({ where: { userId: people.learner.id, kind: 'EXAM', status: 'IN_PROGRESS' }, select: { id: true } });
    expect(open).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([open[0].id]));
  });

  it('startExam: an exam whose time ran out is submitted, and a new one starts', async () => {
    const later = new Date(now.getTime() + 24 * 3_600_000);
    const results = await burst(() => startExam(db, people.learner.id, { courseId: 'ccna-200-301', length: 5 }, later));
    const exams = await db.quizAttempt.findMany({
      where: { userId: people.learner.id, kind: 'EXAM' },
      select: { id: true, status: true, expired: true },
      orderBy: { startedAt: 'asc' },
    });
    expect(exams.map((e) => [e.status, e.expired])).toEqual([
      ['SUBMITTED', true],
      ['IN_PROGRESS', false],
    ]);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([exams[1].id]));
  });

  it('startLessonQuiz: one open quiz per lesson', async () => {
    const results = await burst(() => startLessonQuiz(db, people.learner.id, 'lesson-002-hypervisors', now));
    const open = await db.quizAttempt.findMany({
      where: { userId: people.learner.id, lessonId: 'lesson-002-hypervisors', status: 'IN_PROGRESS' },
      select: { id: true },
    });
    expect(open).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([open[0].id]));
  });

  it('optimizeMySchedule: one queued run, handed to every caller', async () => {
    const scope = `user:${people.learner.id}` as const;
    const results = await burst(() => requestOptimization(db, boss, { scope, requestedBy: people.learner.id }));
    const runs = await db.optimizerRun.findMany({ where: { scope }, select: { id: true } });
    expect(runs).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([runs[0].id]));
  });

  it('joinCohort: one membership; the others hear "already a member"', async () => {
    const results = await burst(() => joinCohort(db, people.admin, people.cohort.inviteCode));
    expect(await db.cohortMember.count({ where: { cohortId: people.cohort.id, userId: people.admin.id } })).toBe(1);
    expect(results.filter((r) => !r.alreadyMember)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id))).toEqual(new Set([people.cohort.id]));
  });

  it('undo: one review undone; the others find nothing to undo', async () => {
    const { otherLearner } = people;
    await addLessonToDeck(db, otherLearner.id, 'lesson-003-virtual-switching', now);
    const cards = await db.card.findMany({ where: { userId: otherLearner.id }, take: 2, orderBy: { questionId: 'asc' } });
    const reviewIds: string[] = [];
    for (const [i, card] of cards.entries()) {
      const reviewId = randomUUID();
      await submitReview(
        db,
        otherLearner.id,
        { reviewId, cardId: card.id, ...(await reviewAnswer(db, card.id)), rating: 3 },
        new Date(now.getTime() + i * 60_000),
      );
      reviewIds.push(reviewId);
    }
    const results = await burst(() => undoReview(db, otherLearner.id, reviewIds[1]));
    expect(results.filter((r) => r !== null)).toEqual([{ cardId: cards[1].id }]);
    expect((await db.reviewLog.findMany({ where: { userId: otherLearner.id }, select: { id: true } })).map((l) => l.id)).toEqual([reviewIds[0]]);
  });
});
