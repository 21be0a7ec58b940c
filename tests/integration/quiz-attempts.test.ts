import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { answerKeys, correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { QuestionResponse } from '../../lib/questions/schema';
import { questionModule } from '../../lib/questions/types/registry';
import { answerItem, flagItem } from '../../lib/quiz/answer-item';
import { attemptView } from '../../lib/quiz/attempt-view';
import { examReport } from '../../lib/quiz/exam-report';
import { loadAttempt, type LoadedItem } from '../../lib/quiz/load-attempt';
import { startExam, startLessonQuiz, startPractice } from '../../lib/quiz/start-attempts';
import { submitAttempt, submitIfExpired } from '../../lib/quiz/submit-attempt';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

const lessonId = 'lesson-003-virtual-switching';
const right = (item: LoadedItem): QuestionResponse => responseToTokens(item.presentation, correctResponse(item.question));
/** A wrong answer of the right type. */
function wrong(item: LoadedItem): QuestionResponse {
  const q = item.question;
  switch (q.type) {
    case 'single':
      return responseToTokens(item.presentation, { type: 'single', choice: q.options.find((o) => o.id !== q.answer)!.id });
    case 'truefalse':
      return { type: 'truefalse', value: !q.answer };
    case 'text':
      return { type: 'text', text: 'definitely not this' };
    case 'numeric':
      return { type: 'numeric', value: '-123456789' };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'ordering':
      return responseToTokens(item.presentation, { type: 'ordering', order: q.items.map((i) => i.id).reverse() });
    case 'matching':
      return { type: 'matching', pairs: {} };
    case 'generated':
      throw new Error('an item is shown as its variant, never as the generated entry');
  }
}

describe('quiz attempts', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const { learner, otherLearner } = await seedPeople(db);

  it('a lesson quiz holds every question of the lesson, resumes instead of restarting, and is private', async () => {
    const first = await startLessonQuiz(db, learner.id, lessonId, now);
    expect(await startLessonQuiz(db, learner.id, lessonId, now)).toEqual(first);
    const attempt = await loadAttempt(db, learner.id, first.id, now);
    expect(attempt.items.length).toBe(await db.question.count({ where: { lessonId } }));
    await expect(loadAttempt(db, otherLearner.id, first.id, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(answerItem(db, otherLearner.id, { attemptId: first.id, position: 0, response: right(attempt.items[0]) }, now)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('gives feedback after each answer; a repeated answer (double click, retry) changes nothing', async () => {
    const { id } = await startLessonQuiz(db, learner.id, 'lesson-004-containers', now);
    const item = (await loadAttempt(db, learner.id, id, now)).items[0];
    const before = attemptView(await loadAttempt(db, learner.id, id, now), now);
    expect(before.items[0].feedback).toBeNull();
    const results = await Promise.all([
      answerItem(db, learner.id, { attemptId: id, position: 0, response: right(item), durationMs: 4200 }, now),
      answerItem(db, learner.id, { attemptId: id, position: 0, response: wrong(item) }, now),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['already-answered', 'graded']);
    const stored = (await loadAttempt(db, learner.id, id, now)).items[0];
    const view = attemptView(await loadAttempt(db, learner.id, id, now), now);
    expect(view.items[0].feedback).not.toBeNull();
    expect(view.items[0].feedback!.explanationHtml.length).toBeGreaterThan(20);
    expect(view.items[0].feedback!.readMore!.href).toMatch(/^\/lessons\/lesson-004-containers/);
    expect(stored.correct === true || stored.correct === false).toBe(true);
    expect(view.items[1].feedback).toBeNull();
    const graded = await db.attemptItem.findUniqueOrThrow({ where: { attemptId_position: { attemptId: id, position: 0 } }, select: { answerKeys: true } });
    // Item analysis counts what was stored with the grade, normalized by the type module.
    expect(graded.answerKeys).toEqual(answerKeys(stored.response!));
    // Which answer won the race is chance; a right pick or typed value always has a key, an arrangement never.
    const arranged = questionModule(item.question).itemAnalysis.answers === 'arranged';
    if (stored.correct) expect(graded.answerKeys.length > 0, item.question.type).toBe(!arranged);
  });

  it('refuses an answer of another type than the question', async () => {
    const { id } = await startLessonQuiz(db, learner.id, 'lesson-005-vms-vs-containers', now);
    const item = (await loadAttempt(db, learner.id, id, now)).items[0];
    const other: QuestionResponse = item.question.type === 'text' ? { type: 'numeric', value: '1' } : { type: 'text', text: 'x' };
    await expect(answerItem(db, learner.id, { attemptId: id, position: 0, response: other }, now)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('an exam reveals nothing before submission, keeps the last answer given, and submits once', async () => {
    const { id } = await startExam(db, learner.id, { courseId: 'ccna-200-301', length: 10, mode: 'comptia' }, now);
    const attempt = await loadAttempt(db, learner.id, id, now);
    expect(attempt.items.length).toBe(10);
    const [a, b] = attempt.items;
    await answerItem(db, learner.id, { attemptId: id, position: 0, response: wrong(a) }, now);
    await answerItem(db, learner.id, { attemptId: id, position: 0, response: right(a) }, now);
    await answerItem(db, learner.id, { attemptId: id, position: 1, response: right(b) }, now);
    await flagItem(db, learner.id, { attemptId: id, position: 2, flagged: true });
    const during = attemptView(await loadAttempt(db, learner.id, id, now), now);
    expect(during.items.every((i) => i.feedback === null)).toBe(true);
    expect(during.items[2].flagged).toBe(true);

    const submits = await Promise.all([submitAttempt(db, learner.id, id, now), submitAttempt(db, learner.id, id, now), submitAttempt(db, learner.id, id, now)]);
    expect(submits.filter((s) => !s.alreadySubmitted)).toHaveLength(1);
    const done = await loadAttempt(db, learner.id, id, now);
    expect(done.status).toBe('SUBMITTED');
    const stored = await db.attemptItem.findMany({ where: { attemptId: id }, orderBy: { position: 'asc' }, select: { answerKeys: true } });
    expect(stored.map((item) => item.answerKeys)).toEqual(done.items.map((item, i) => (i < 2 ? answerKeys(correctResponse(item.question)) : [])));
    expect(done.score).toBeCloseTo(0.2);
    expect(done.scaledScore).toBeNull(); // Cisco publishes no scale
    await expect(answerItem(db, learner.id, { attemptId: id, position: 3, response: right(done.items[3]) }, now)).rejects.toMatchObject({ code: 'CONFLICT' });
    const report = examReport(done);
    expect(report).toMatchObject({ total: 10, correct: 2, answered: 2 });
    expect(report.domains.reduce((sum, d) => sum + d.total, 0)).toBeGreaterThanOrEqual(10);
    expect(attemptView(done, now).items.every((i) => i.feedback !== null)).toBe(true);
  });

  it('refuses answers after the deadline and submits the exam as it stood', async () => {
    const start = new Date('2026-11-22T10:00:00Z');
    const { id } = await startExam(db, learner.id, { courseId: 'network-plus-n10-009', length: 5 }, start);
    const attempt = await loadAttempt(db, learner.id, id, now);
    expect(attempt.deadline!.getTime() - start.getTime()).toBe(5 * 60_000); // 90 min for 90 questions → 1 per question
    await answerItem(db, learner.id, { attemptId: id, position: 0, response: right(attempt.items[0]) }, new Date('2026-11-22T10:04:59Z'));
    await expect(
      answerItem(db, learner.id, { attemptId: id, position: 1, response: right(attempt.items[1]) }, new Date('2026-11-22T10:05:00Z')),
    ).rejects.toThrow(/Time is up/);
    const done = await loadAttempt(db, learner.id, id, now);
    expect(done).toMatchObject({ status: 'SUBMITTED', expired: true });
    expect(done.items[1].answeredAt).toBeNull();
    expect(done.scaledScore).toBe(Math.round(100 + 0.2 * 800));
    expect(done.passed).toBe(false);
  });

  it('submits an expired exam when it is next opened', async () => {
    const start = new Date('2026-11-22T12:00:00Z');
    const { id } = await startExam(db, otherLearner.id, { courseId: 'network-plus-n10-009', length: 5 }, start);
    const attempt = await loadAttempt(db, otherLearner.id, id, now);
    expect(await submitIfExpired(db, otherLearner.id, attempt, new Date('2026-11-22T12:04:00Z'))).toBe(false);
    expect(await submitIfExpired(db, otherLearner.id, attempt, new Date('2026-11-22T12:06:00Z'))).toBe(true);
    expect((await loadAttempt(db, otherLearner.id, id, now)).status).toBe('SUBMITTED');
  });

  it('practice narrows by chapter and by history (missed, unseen)', async () => {
    const base = {
      courseId: 'ccna-200-301',
      domains: [],
      objectives: [],
      chapters: ['chapter-001-virtualization-cloud'],
      count: 1000,
      feedback: 'each' as const,
    };
    const all = await loadAttempt(db, learner.id, (await startPractice(db, learner.id, { ...base, only: 'all' }, now)).id, now);
    expect(all.items.length).toBeGreaterThan(50);
    const unseen = await loadAttempt(db, learner.id, (await startPractice(db, learner.id, { ...base, only: 'unseen' }, now)).id, now);
    expect(unseen.items.length).toBeLessThan(all.items.length);

    // A lesson no other test here quizzes (a resumed quiz keeps its earlier answers) whose questions all map to
    // CCNA through the lesson, so both can turn up in CCNA practice; lessons 5 to 7 also hold Network+-only questions.
    const quiz = await loadAttempt(db, learner.id, (await startLessonQuiz(db, learner.id, 'lesson-001-virtualization-fundamentals', now)).id, now);
    const [missed, got] = quiz.items;
    await answerItem(db, learner.id, { attemptId: quiz.id, position: missed.position, response: wrong(missed) }, now);
    await answerItem(db, learner.id, { attemptId: quiz.id, position: got.position, response: right(got) }, now);
    const missedIds = (await loadAttempt(db, learner.id, (await startPractice(db, learner.id, { ...base, only: 'missed' }, now)).id, now)).items.map(
      (i) => i.questionId,
    );
    expect(missedIds).toContain(missed.questionId);
    expect(missedIds).not.toContain(got.questionId);
    const unseenIds = (await loadAttempt(db, learner.id, (await startPractice(db, learner.id, { ...base, only: 'unseen' }, now)).id, now)).items.map(
      (i) => i.questionId,
    );
    expect(unseenIds).not.toContain(missed.questionId);
    expect(unseenIds).not.toContain(got.questionId);
    await expect(startPractice(db, learner.id, { ...base, chapters: ['no-such-chapter'], only: 'all' }, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
