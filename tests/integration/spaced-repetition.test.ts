import { randomUUID } from 'node:crypto';
import { fsrs, generatorParameters, createEmptyCard, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import { answerItem } from '../../lib/quiz/answer-item';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { setLessonCompleted } from '../../lib/progress/lesson-progress';
import { leechLapses } from '../../lib/srs/leech';
import { addLessonToDeck, recordQuizAnswer } from '../../lib/srs/deck';
import { restoreSuspended, submitReview, undoReview } from '../../lib/srs/review-card';
import { reviewQueue } from '../../lib/srs/review-queue';
import { undoToRating } from '../../lib/srs/restore-review';
import { checkReviewAnswer, reviewCardViews } from '../../lib/srs/review-view';
import { saveSettings } from '../../lib/srs/save-settings';
import { srsSettingsSchema } from '../../lib/srs/settings';
import { copyOfContent } from '../helpers/content-tree';
import { reviewAnswer } from '../helpers/review-answer';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

const lessonId = 'lesson-004-containers';

describe('spaced repetition', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  const review = async (userId: string, cardId: string, rating: Grade, now: Date, right = true) => {
    const reviewId = randomUUID();
    return { reviewId, ...(await submitReview(db, userId, { reviewId, cardId, ...(await reviewAnswer(db, cardId, right)), rating }, now)) };
  };

  it('completing a lesson adds its questions as new cards, once', async () => {
    const { learner } = people;
    await setLessonCompleted(db, learner.id, lessonId, true, now);
    const count = await db.question.count({ where: { lessonId } });
    expect(await db.card.count({ where: { userId: learner.id, state: 0 } })).toBe(count);
    expect(await addLessonToDeck(db, learner.id, lessonId, now)).toBe(0);
  });

  it('schedules exactly as ts-fsrs (FSRS-6, fuzz on) for a sequence of ratings', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id } });
    const scheduler = fsrs(generatorParameters({ enable_fuzz: true, enable_short_term: true, learning_steps: ['1m', '10m'], relearning_steps: ['10m'] }));
    let expected = { ...createEmptyCard(card.due), due: card.due };
    let now = new Date(card.due.getTime() + 1000);
    for (const rating of [3, 3, 1, 3, 4, 2, 3] as Grade[]) {
      expected = scheduler.next(expected, now, rating).card;
      const outcome = await review(learner.id, card.id, rating, now, rating !== 1);
      expect(outcome.status).toBe('applied');
      const stored = await db.card.findUniqueOrThrow({ where: { id: card.id } });
      expect({ due: stored.due.getTime(), s: stored.stability, d: stored.difficulty, reps: stored.reps, lapses: stored.lapses, state: stored.state }).toEqual({
        due: expected.due.getTime(),
        s: expected.stability,
        d: expected.difficulty,
        reps: expected.reps,
        lapses: expected.lapses,
        state: expected.state,
      });
      now = new Date(expected.due.getTime() + 3600_000);
    }
  });

  it('a wrong answer offers Again and Hard; Good or Easy sent anyway is recorded as Again', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const wrong = await reviewAnswer(db, card.id, false);
    const checked = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...wrong }, now);
    expect(checked.correct).toBe(false);
    expect(checked.previews.map((p) => p.rating)).toEqual([1, 2]);
    const outcome = await submitReview(db, learner.id, { reviewId: randomUUID(), cardId: card.id, ...wrong, rating: 4 }, now);
    expect([outcome.correct, outcome.rating]).toEqual([false, 1]);
    const log = await db.reviewLog.findFirstOrThrow({ where: { cardId: card.id } });
    expect(log.rating).toBe(1);
  });

  it('Hard on a wrong answer (the learner calls it a slip) schedules as Hard but counts the answer wrong, and undo takes it back', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const before = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    const wrong = await reviewAnswer(db, card.id, false);
    await checkReviewAnswer(db, learner.id, { cardId: card.id, ...wrong }, now);
    const reviewId = randomUUID();
    const outcome = await submitReview(db, learner.id, { reviewId, cardId: card.id, ...wrong, rating: 2 }, now);
    expect({ status: outcome.status, correct: outcome.correct, rating: outcome.rating }).toEqual({ status: 'applied', correct: false, rating: 2 });
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: reviewId } })).rating).toBe(2);
    const after = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect([after.answers, after.correctAnswers]).toEqual([before.answers + 1, before.correctAnswers]);
    // A retry reports what was recorded: a wrong answer, rated Hard.
    const retry = await submitReview(db, learner.id, { reviewId, cardId: card.id, ...wrong, rating: 2 }, now);
    expect({ status: retry.status, correct: retry.correct, rating: retry.rating }).toEqual({ status: 'duplicate', correct: false, rating: 2 });
    await undoReview(db, learner.id, reviewId);
    const undone = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect([undone.answers, undone.correctAnswers, undone.reps]).toEqual([before.answers, before.correctAnswers, before.reps]);
  });

  it('the first check of a showing counts: the answer it reveals cannot be sent back as right', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const wrong = await reviewAnswer(db, card.id, false);
    const right = await reviewAnswer(db, card.id, true);
    const peek = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...wrong }, now);
    expect(peek.feedback.correctResponse).toEqual(right.response);
    const recheck = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...right }, now);
    expect({ correct: recheck.correct, ratings: recheck.previews.map((p) => p.rating) }).toEqual({ correct: false, ratings: [1, 2] });

    const reviewId = randomUUID();
    const rated = await submitReview(db, learner.id, { reviewId, cardId: card.id, ...right, rating: 4 }, now);
    expect({ status: rated.status, correct: rated.correct }).toEqual({ status: 'applied', correct: false });
    expect((await db.reviewLog.findUniqueOrThrow({ where: { id: reviewId } })).rating).toBe(1);
    // Undo puts the card back as it was: checked, and failed.
    await undoReview(db, learner.id, reviewId);
    expect((await checkReviewAnswer(db, learner.id, { cardId: card.id, ...right }, now)).correct).toBe(false);
  });

  it('a right first check stays right; checks sent at once agree on the first one to land', async () => {
    const { learner } = people;
    const [card, raced] = await db.card.findMany({ where: { userId: learner.id, state: 0 }, take: 2, orderBy: { questionId: 'asc' } });
    const right = await reviewAnswer(db, card.id, true);
    expect((await checkReviewAnswer(db, learner.id, { cardId: card.id, ...right }, now)).correct).toBe(true);
    const second = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...(await reviewAnswer(db, card.id, false)) }, now);
    expect({ correct: second.correct, ratings: second.previews.map((p) => p.rating) }).toEqual({ correct: true, ratings: [1, 2, 3, 4] });
    expect((await submitReview(db, learner.id, { reviewId: randomUUID(), cardId: card.id, ...right, rating: 3 }, now)).correct).toBe(true);

    const answers = [await reviewAnswer(db, raced.id, false), await reviewAnswer(db, raced.id, true)];
    const checks = await Promise.all(Array.from({ length: 10 }, (_, i) => checkReviewAnswer(db, learner.id, { cardId: raced.id, ...answers[i % 2] }, now)));
    expect(new Set(checks.map((c) => c.correct)).size).toBe(1);
  });

  it('a retried submission is applied once; two tabs rating at once apply exactly one', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const answer = await reviewAnswer(db, card.id, true);
    const reviewId = randomUUID();
    const first = await submitReview(db, learner.id, { reviewId, cardId: card.id, ...answer, rating: 3 }, now);
    const retry = await submitReview(db, learner.id, { reviewId, cardId: card.id, ...answer, rating: 3 }, now);
    expect([first.status, retry.status]).toEqual(['applied', 'duplicate']);

    const other = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const same = await reviewAnswer(db, other.id, true);
    const racing = await Promise.all(
      [3, 4].map((rating) => submitReview(db, learner.id, { reviewId: randomUUID(), cardId: other.id, ...same, rating: rating as Grade }, now)),
    );
    expect(racing.map((r) => r.status).sort()).toEqual(['already-reviewed', 'applied']);
    expect(await db.reviewLog.count({ where: { cardId: other.id } })).toBe(1);
    expect(racing.find((r) => r.status === 'already-reviewed')!.card.reps).toBe(1);
  });

  it('undo puts the card back exactly as it was', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const before = await db.card.findUniqueOrThrow({ where: { id: card.id }, omit: { showSalt: true } });
    const reviewed = await review(learner.id, card.id, 4, new Date());
    expect(await undoReview(db, learner.id, reviewed.reviewId)).toEqual({ cardId: card.id });
    expect(await undoReview(db, learner.id, reviewed.reviewId)).toBeNull();
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, omit: { showSalt: true } })).toEqual(before);
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(0);
  });

  it('undo brings the card back as it was shown, with the answer given checked again: same feedback and ratings', async () => {
    const { learner } = people;
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, state: 0 } });
    const [shown] = await reviewCardViews(db, learner.id, [card.id]);
    const wrong = await reviewAnswer(db, card.id, false);
    const checked = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...wrong }, now);
    const reviewId = randomUUID();
    await submitReview(db, learner.id, { reviewId, cardId: card.id, ...wrong, rating: 1 }, now);
    const restored = await undoToRating(db, learner.id, { reviewId, response: wrong.response }, now);
    // Same option order and opaque ids as before the rating, so the answer given still names the same options.
    expect(restored!.view).toEqual(shown);
    expect(restored!.checked).toEqual(checked);
    expect(await undoToRating(db, learner.id, { reviewId, response: wrong.response }, now)).toBeNull();
  });

  it(`suspends a leech after ${leechLapses} lapses, and restores it`, async () => {
    const { otherLearner } = people;
    let now = new Date('2026-01-01T10:00:00Z');
    await addLessonToDeck(db, otherLearner.id, lessonId, now);
    const card = await db.card.findFirstOrThrow({ where: { userId: otherLearner.id } });
    let result;
    for (let i = 0; i < 40; i++) {
      const current = await db.card.findUniqueOrThrow({ where: { id: card.id } });
      if (current.suspended) break;
      // Pass it into review, then fail it: every failure of a review card is a lapse.
      result = await review(otherLearner.id, card.id, current.state === 2 ? 1 : 3, now, current.state !== 2);
      now = new Date(Math.max(now.getTime(), (await db.card.findUniqueOrThrow({ where: { id: card.id } })).due.getTime()) + 60_000);
    }
    const suspended = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(suspended).toMatchObject({ suspended: true, leech: true, lapses: leechLapses });
    expect(result!.becameLeech).toBe(true);
    expect((await reviewQueue(db, otherLearner.id, { now })).cardIds).not.toContain(card.id);
    await restoreSuspended(db, otherLearner.id, card.id);
    expect((await db.card.findUniqueOrThrow({ where: { id: card.id } })).suspended).toBe(false);
  });

  it('respects the daily new-card and review limits, counted in the learner day', async () => {
    const { instructor } = people;
    await saveSettings(db, instructor.id, '*', srsSettingsSchema.parse({ newPerDay: 2, maxReviewsPerDay: 3, timeZone: 'America/New_York' }));
    await addLessonToDeck(db, instructor.id, lessonId, now);
    const morning = new Date('2026-06-01T14:00:00Z'); // 10:00 in New York
    const first = await reviewQueue(db, instructor.id, { now: morning });
    expect(first.cardIds).toHaveLength(2);
    for (const id of first.cardIds) await review(instructor.id, id, 3, morning);
    expect((await reviewQueue(db, instructor.id, { now: morning })).counts).toMatchObject({ newToday: 2, newLeft: 0 });
    // 03:30 next morning in New York is still the same learner day (it starts at 04:00).
    expect((await reviewQueue(db, instructor.id, { now: new Date('2026-06-02T07:30:00Z') })).counts.newLeft).toBe(0);
    // A new day: the two cards learned yesterday are due, and with at most 3 reviews a day only one new card fits.
    const nextDay = await reviewQueue(db, instructor.id, { now: new Date('2026-06-02T08:30:00Z') });
    expect(nextDay.counts).toMatchObject({ due: 2, newToday: 0, reviewsLeft: 3, newLeft: 1 });
    expect(nextDay.cardIds.slice(0, 2).sort()).toEqual([...first.cardIds].sort());
    expect(nextDay.cardIds).toHaveLength(3);
  });

  it('quiz answers feed the deck: a new card is reviewed at once; another answer the same day changes nothing', async () => {
    const { admin } = people;
    const first = await startLessonQuiz(db, admin.id, 'lesson-006-nfv-and-virtualization-types', now);
    const item = (await loadAttempt(db, admin.id, first.id, now)).items[0];
    await answerItem(db, admin.id, { attemptId: first.id, position: 0, response: responseToTokens(item.presentation, correctResponse(item.question)) }, now);
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: admin.id, questionId: item.questionId } } });
    expect(card).toMatchObject({ reps: 1, state: 1 });
    expect(await db.reviewLog.count({ where: { cardId: card.id, source: 'quiz' } })).toBe(1);
    // The same question answered again in another quiz, later that day and once it is due again.
    const later = new Date(card.due.getTime() + 60_000);
    await db.$transaction((tx) =>
      recordQuizAnswer(tx, { userId: admin.id, questionId: item.questionId, correct: false, answerId: 'quiz:another:0', now: later }),
    );
    expect(await db.reviewLog.count({ where: { cardId: card.id } })).toBe(1);
    expect((await db.card.findUniqueOrThrow({ where: { id: card.id } })).reps).toBe(1);
  });
});
