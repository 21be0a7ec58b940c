import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import { answerItem } from '../../lib/quiz/answer-item';
import { attemptView } from '../../lib/quiz/attempt-view';
import { loadAttempt, type LoadedItem } from '../../lib/quiz/load-attempt';
import { startExam, startLessonQuiz, startPractice } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { addLessonToDeck } from '../../lib/srs/deck';
import { submitReview } from '../../lib/srs/review-card';
import { reviewQueue } from '../../lib/srs/review-queue';
import { checkReviewAnswer } from '../../lib/srs/review-view';
import { copyOfContent, countContentFiles } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { reviewAnswer } from '../helpers/review-answer';
import { createTestDatabase } from '../helpers/test-database';

const courseId = 'ccna-200-301';
const lessonId = 'lesson-002-hypervisors';
const before = new Date('2026-06-01T09:00:00Z');
const start = new Date('2026-06-01T10:00:00Z');
// Soon after the start: a 10-question exam gets 10/N of the 120 minutes, which shrinks as the bank grows.
const during = new Date('2026-06-01T10:00:10Z');
const right = (item: LoadedItem) => responseToTokens(item.presentation, correctResponse(item.question));

describe("an open exam's questions stay out of practice, quizzes and reviews until it is submitted or its time is up", async () => {
  const { db } = await createTestDatabase();
  const content = await copyOfContent();
  // A full exam as long as the whole bank draws every question, so it surely holds the lesson's.
  const { questions } = await countContentFiles(content.dir);
  await content.edit('courses/ccna-200-301.yaml', (text) => text.replace(/^questionCount: .*$/m, `questionCount: ${questions}`));
  await syncContent(db, content.dir);
  const { learner, otherLearner, admin } = await seedPeople(db);
  const practice = { courseId, domains: [], objectives: [], chapters: [], only: 'all' as const, count: 1000, feedback: 'each' as const };
  const practiceIds = async (userId: string, now: Date) =>
    new Set((await loadAttempt(db, userId, (await startPractice(db, userId, practice, now)).id, now)).items.map((i) => i.questionId));

  // Before the exam: a lesson quiz answered (feedback shown) and the lesson's cards in the deck.
  const quiz = await loadAttempt(db, learner.id, (await startLessonQuiz(db, learner.id, lessonId, before)).id, before);
  await answerItem(db, learner.id, { attemptId: quiz.id, position: 0, response: right(quiz.items[0]) }, before);
  await addLessonToDeck(db, learner.id, lessonId, before);
  const unanswered = quiz.items[1];
  const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: learner.id, questionId: unanswered.questionId } } });
  expect(attemptView(await loadAttempt(db, learner.id, quiz.id, before), before).items[0].feedback).not.toBeNull();
  expect((await reviewQueue(db, learner.id, { now: before })).cardIds).toContain(card.id);

  const exam = await loadAttempt(db, learner.id, (await startExam(db, learner.id, { courseId, length: 'full' }, start)).id, start);
  const examIds = new Set(exam.items.map((i) => i.questionId));
  const after = new Date(exam.deadline!.getTime() + 1000);

  it('the full exam holds the lesson questions this test follows', () => {
    expect(examIds.has(quiz.items[0].questionId) && examIds.has(unanswered.questionId)).toBe(true);
  });

  it('practice leaves them out, and says why when nothing else matches (another learner, with no exam, still gets them)', async () => {
    const chapterOnly = { ...practice, chapters: ['chapter-001-virtualization-cloud'] };
    await expect(startPractice(db, learner.id, chapterOnly, during)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('exam simulation in progress'),
    });
    expect([...(await practiceIds(otherLearner.id, during))].filter((id) => examIds.has(id)).length).toBeGreaterThan(0);

    const short = await loadAttempt(db, admin.id, (await startExam(db, admin.id, { courseId, length: 10 }, start)).id, start);
    const shortIds = new Set(short.items.map((i) => i.questionId));
    const practised = await practiceIds(admin.id, during);
    expect(practised.size).toBeGreaterThan(0);
    expect([...practised].filter((id) => shortIds.has(id))).toEqual([]);
  });

  it('a quiz started before the exam shows no feedback for them and takes no answer to them', async () => {
    const view = attemptView(await loadAttempt(db, learner.id, quiz.id, during), during);
    expect(view.items[0]).toMatchObject({ answered: true, heldBack: true, feedback: null });
    await expect(answerItem(db, learner.id, { attemptId: quiz.id, position: 1, response: right(unanswered) }, during)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('a new lesson quiz is refused when all its questions are in the exam', async () => {
    await submitAttempt(db, learner.id, quiz.id, during);
    await expect(startLessonQuiz(db, learner.id, lessonId, during)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('their cards are held back from the review queue, and checking or rating one is refused', async () => {
    const queue = await reviewQueue(db, learner.id, { now: during });
    expect(queue.cardIds).not.toContain(card.id);
    expect(queue.counts.newAvailable).toBe(0);
    const answer = await reviewAnswer(db, card.id);
    await expect(checkReviewAnswer(db, learner.id, { cardId: card.id, ...answer }, during)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(submitReview(db, learner.id, { reviewId: randomUUID(), cardId: card.id, ...answer, rating: 3 }, during)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('once its time is up they come back, even before the exam is next opened', async () => {
    expect((await reviewQueue(db, learner.id, { now: after })).cardIds).toContain(card.id);
    expect(attemptView(await loadAttempt(db, learner.id, quiz.id, after), after).items[0].heldBack).toBe(false);
  });

  it('once it is submitted they come back everywhere', async () => {
    await submitAttempt(db, learner.id, exam.id, during);
    expect([...(await practiceIds(learner.id, during))].filter((id) => examIds.has(id)).length).toBeGreaterThan(0);
    expect(attemptView(await loadAttempt(db, learner.id, quiz.id, during), during).items[0].feedback).not.toBeNull();
    expect((await reviewQueue(db, learner.id, { now: during })).cardIds).toContain(card.id);
    const checked = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...(await reviewAnswer(db, card.id)) }, during);
    expect(checked.correct).toBe(true);
  });
});
