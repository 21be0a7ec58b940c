import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { analyseItems } from '../../lib/dashboard/item-analysis';
import { drillReadMore } from '../../lib/drill/read-more';
import { answerItem } from '../../lib/quiz/answer-item';
import { attemptView } from '../../lib/quiz/attempt-view';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { createAttempt } from '../../lib/quiz/create-attempt';
import { coursePool } from '../../lib/quiz/question-pool';
import { startLessonQuiz, startPractice } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import type { Question } from '../../lib/questions/schema';
import { reviewSeed } from '../../lib/srs/review-presentation';
import { submitReview, undoReview } from '../../lib/srs/review-card';
import { checkReviewAnswer, reviewCardViews } from '../../lib/srs/review-view';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { reviewAnswer } from '../helpers/review-answer';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

const lessonId = 'lesson-106-following-a-web-request';
// A generated entry of this lesson's bank: the /24 network address of a fresh host each showing.
const entryId = 'l106-local-network-drill';

describe('generated questions', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const { learner, otherLearner, instructor } = await seedPeople(db);

  /** The learner's lesson quiz and the position, variant and answer of its generated item. */
  async function generatedItem(userId: string) {
    const { id } = await startLessonQuiz(db, userId, lessonId, now);
    const attempt = await loadAttempt(db, userId, id, now);
    const item = attempt.items.find((i) => i.questionId === entryId)!;
    const shown = item.question as Extract<Question, { type: 'text' }>;
    return { id, attempt, item, position: item.position, answer: shown.accept[0] };
  }

  it('gives every showing its own variant, kept on the server, the same on reload', async () => {
    const mine = await generatedItem(learner.id);
    const theirs = await generatedItem(otherLearner.id);
    expect(mine.item.seed).not.toBeNull();
    expect(theirs.item.seed).not.toBeNull();
    expect(mine.item.seed).not.toBe(theirs.item.seed);
    expect(mine.item.question).toMatchObject({ type: 'text', id: entryId, section: 'step-1-local-or-remote' });
    expect(mine.item.html.stem).not.toBe(theirs.item.html.stem);
    const again = await loadAttempt(db, learner.id, mine.id, now);
    expect(again.items[mine.position].html.stem).toBe(mine.item.html.stem);
    expect(again.items[mine.position].question).toEqual(mine.item.question);
  });

  it('sends the browser neither the answer nor the worked solution before the item is answered', async () => {
    const { attempt, position, answer, item } = await generatedItem(learner.id);
    const view = attemptView(attempt, now);
    const sent = JSON.stringify(view.items[position]);
    expect(view.items[position].question).toMatchObject({ type: 'text', stemHtml: item.html.stem });
    expect(view.items[position].feedback).toBeNull();
    // The stem names the host address; only a host ending in .0 would be its own network.
    if (!item.html.stem.includes(`${answer}/24`)) expect(sent).not.toContain(answer);
    expect(sent).not.toContain('AND');
    expect(sent).not.toContain('accept');
  });

  it('grades a typed answer with the generator (spaces and notation aside), refuses malformed input, and records one answer', async () => {
    const { id, position, answer } = await generatedItem(learner.id);
    await expect(answerItem(db, learner.id, { attemptId: id, position, response: { type: 'text', text: '192.168.1' } }, now)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('not an IPv4 address'),
    });
    expect((await loadAttempt(db, learner.id, id, now)).items[position].answeredAt).toBeNull();

    const results = await Promise.all([
      answerItem(db, learner.id, { attemptId: id, position, response: { type: 'text', text: `  ${answer} ` } }, now),
      answerItem(db, learner.id, { attemptId: id, position, response: { type: 'text', text: '0.0.0.0' } }, now),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['already-answered', 'graded']);
    const graded = await db.attemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId: id, position } },
      select: { correct: true, response: true },
    });
    // Whichever of the two came first is the one recorded, graded on its own merits.
    expect(graded.correct).toBe((graded.response as { text: string }).text.trim() === answer);

    const view = attemptView(await loadAttempt(db, learner.id, id, now), now).items[position];
    expect(view.feedback).toMatchObject({ correct: graded.correct, correctResponse: { type: 'text', text: answer } });
    expect(view.feedback!.explanationHtml).toContain('255.255.255.0');
    expect(view.feedback!.readMore!.href).toBe(`/lessons/${lessonId}#step-1-local-or-remote`);
  });

  it('marks a wrong network address wrong', async () => {
    const { id, position, answer } = await generatedItem(otherLearner.id);
    const wrong = answer.replace(/\.0$/, '.1');
    await answerItem(db, otherLearner.id, { attemptId: id, position, response: { type: 'text', text: wrong } }, now);
    const graded = await db.attemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId: id, position } },
      select: { correct: true, score: true },
    });
    expect(graded).toEqual({ correct: false, score: 0 });
  });

  it('draws a generated entry into practice and exams like any question, each item with its own variant, graded at submission', async () => {
    const practice = await startPractice(
      db,
      otherLearner.id,
      { courseId: 'network-plus-n10-009', domains: [], objectives: [], chapters: ['chapter-010-network-models'], count: 1000, feedback: 'each', only: 'all' },
      now,
    );
    const practiced = (await loadAttempt(db, otherLearner.id, practice.id, now)).items.find((i) => i.questionId === entryId);
    expect(practiced?.seed).toEqual(expect.any(Number));
    expect(practiced?.question.type).toBe('text');

    // Blueprint weights count the pool's questions by their objectives' domains, whatever their type.
    const pool = await coursePool(db, 'ccna-200-301');
    const pooled = pool.find((q) => q.id === entryId)!;
    expect(pooled).toMatchObject({ objectives: ['1.6'], domains: ['1.0'] });
    // An exam draws at random; one holding the entry is made directly, to be graded at submission.
    const exam = await createAttempt(db, {
      userId: learner.id,
      kind: 'EXAM',
      courseId: 'ccna-200-301',
      settings: { length: 5, minutes: 60, perDomain: [], notes: [], fullCount: 100, leftOut: [], mode: 'comptia' },
      deadline: new Date(now.getTime() + 3_600_000),
      questions: [pooled],
    });
    const item = (await loadAttempt(db, learner.id, exam.id, now)).items[0];
    const answer = (item.question as Extract<Question, { type: 'text' }>).accept[0];
    expect(await answerItem(db, learner.id, { attemptId: exam.id, position: item.position, response: { type: 'text', text: answer } }, now)).toEqual({
      status: 'saved',
    });
    await submitAttempt(db, learner.id, exam.id, now);
    const graded = await db.attemptItem.findUniqueOrThrow({
      where: { attemptId_position: { attemptId: exam.id, position: item.position } },
      select: { correct: true, score: true },
    });
    expect(graded).toEqual({ correct: true, score: 1 });

    // Item analysis groups by the entry (the template), whatever variant each learner saw; it counts
    // the learners of the instructor's cohorts in the course.
    await db.cohort.create({
      data: {
        name: 'CCNA',
        courseId: 'ccna-200-301',
        instructorId: instructor.id,
        inviteCode: 'GENCCNA01',
        members: { create: { userId: learner.id, joinedAt: new Date('2026-01-01T00:00:00Z') } },
      },
    });
    const stats = (await analyseItems(db, instructor, { courseId: 'ccna-200-301' })).filter((s) => s.questionId === entryId);
    expect(stats).toHaveLength(1);
    expect(stats[0]).toMatchObject({ examAttempts: 1, facility: expect.any(Number) });
  });

  // The card was created by the quiz answer above: a quiz answer feeds the entry's FSRS card.
  it('reviews the card of the entry (the skill) with a variant stable while shown and fresh after each review, kept on the review log', async () => {
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id, questionId: entryId } });
    const [shown] = await reviewCardViews(db, learner.id, [card.id]);
    const [reloaded] = await reviewCardViews(db, learner.id, [card.id]);
    expect(shown.question.type).toBe('text');
    expect(reloaded.question.stemHtml).toBe(shown.question.stemHtml);
    expect(JSON.stringify(shown)).not.toContain('AND');
    expect(JSON.stringify(shown)).not.toContain('accept');

    const wrong = await checkReviewAnswer(db, learner.id, { cardId: card.id, reps: card.reps, response: { type: 'text', text: 'not an address' } }, now).catch(
      (e) => e,
    );
    expect(wrong).toMatchObject({ code: 'INVALID_INPUT' });
    const answer = await reviewAnswer(db, card.id);
    const checked = await checkReviewAnswer(db, learner.id, { cardId: card.id, ...answer }, now);
    expect(checked.correct).toBe(true);
    expect(checked.feedback.explanationHtml).toContain('255.255.255.0');

    const reviewId = '019ac5f0-0000-7000-8000-00000000a001';
    const outcome = await submitReview(db, learner.id, { reviewId, cardId: card.id, ...answer, rating: 3 }, now);
    expect(outcome).toMatchObject({ status: 'applied', correct: true });
    const log = await db.reviewLog.findUniqueOrThrow({ where: { id: reviewId }, select: { seed: true } });
    expect(log.seed).toBe(reviewSeed(card.showSalt, { type: 'generated' } as Question));

    const [next] = await reviewCardViews(db, learner.id, [card.id]);
    expect(next.question.stemHtml).not.toBe(shown.question.stemHtml);
    expect(await undoReview(db, learner.id, reviewId)).toEqual({ cardId: card.id });
    expect(await db.reviewLog.findUnique({ where: { id: reviewId } })).toBeNull();
    const restored = await db.card.findUniqueOrThrow({ where: { id: card.id } });
    expect(restored.reps).toBe(card.reps);
    // Undo puts the showing back too: the learner sees the variant they answered, and its check stands.
    expect(restored).toMatchObject({ showSalt: card.showSalt, checkedReps: card.reps, checkedCorrect: true });
    const [again] = await reviewCardViews(db, learner.id, [card.id]);
    expect(again.question.stemHtml).toBe(shown.question.stemHtml);
  });

  it('links a drill’s worked solution to the lesson that uses its generator most, and no lesson when none uses it', async () => {
    const links = await drillReadMore(db, ['ipv4-subnet-facts', 'ipv6', 'number-conversion', 'stp-election']);
    // Lesson 106 uses subnet facts once, lesson 303 teaches them with several entries.
    expect(links['ipv4-subnet-facts']?.href).toMatch(/^\/lessons\/lesson-303-masks-and-subnet-facts(#[a-z0-9-]+)?$/);
    expect(links['ipv6']?.href).toMatch(/^\/lessons\/lesson-401-/);
    expect(links['number-conversion']).toMatchObject({
      href: expect.stringMatching(/^\/lessons\/lesson-301-binary-and-hex/),
      label: expect.stringMatching(/^Binary/),
    });
    expect(links['stp-election']).toBeUndefined();
    // A section link names a heading the lesson really has.
    for (const link of Object.values(links)) {
      const [lessonPath, anchor] = link.href.split('#');
      if (!anchor) continue;
      const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonPath.replace('/lessons/', '') }, select: { toc: true } });
      expect((lesson.toc as Array<{ id: string }>).map((h) => h.id)).toContain(anchor);
    }
    expect(await drillReadMore(db, [])).toEqual({});
  });
});
