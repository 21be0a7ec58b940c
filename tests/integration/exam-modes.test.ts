import { describe, expect, it } from 'vitest';
import { confirmAction, answerAction, flagAction } from '../../app/attempts/actions';
import { syncContent } from '../../lib/content/sync';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import { answerItem, flagItem } from '../../lib/quiz/answer-item';
import { attemptView } from '../../lib/quiz/attempt-view';
import { confirmItem } from '../../lib/quiz/cisco-exam';
import { isPerformanceBased } from '../../lib/quiz/exam-modes';
import { loadAttempt, type LoadedItem } from '../../lib/quiz/load-attempt';
import { startExam } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { fixtureRequest } from '../helpers/action-fixture';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const now = fixtureRequest.now;
const right = (item: LoadedItem) => responseToTokens(item.presentation, correctResponse(item.question));

describe('exam modes', async () => {
  const { db, url } = await createTestDatabase();
  // The actions use the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const { learner, otherLearner, admin } = await seedPeople(db);

  it('a CCNA exam runs Cisco-style by default: the server refuses going back, skipping ahead and flags', async () => {
    const { id } = await startExam(db, learner.id, { courseId: 'ccna-200-301', length: 5 }, now);
    const attempt = await loadAttempt(db, learner.id, id, now);
    expect(attemptView(attempt, now)).toMatchObject({ mode: 'cisco', openFrom: 0 });
    const [first, second, third] = attempt.items;
    const answer = (position: number, item: LoadedItem) =>
      answerAction.definition.run(learner, { attemptId: id, position, response: right(item) }, fixtureRequest);

    // Before confirming, the answer on screen may still change, as on the real exam.
    expect(await answer(0, first)).toMatchObject({ ok: true });
    expect(await answer(1, second)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
      message: 'This is a Cisco-style exam: confirm question 1 before you answer question 2.',
    });
    expect(await flagAction.definition.run(learner, { attemptId: id, position: 0, flagged: true }, fixtureRequest)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });

    const confirm = (position: number) => confirmAction.definition.run(learner, { attemptId: id, position }, fixtureRequest);
    expect(await confirm(0)).toEqual({ ok: true, data: { openFrom: 1 } });
    // A retried confirm changes nothing.
    expect(await confirm(0)).toEqual({ ok: true, data: { openFrom: 1 } });
    expect(await answer(0, first)).toEqual({
      ok: false,
      code: 'CONFLICT',
      message: 'This is a Cisco-style exam: question 1 was confirmed and cannot be changed or revisited. You are on question 2.',
    });
    // Moving on without an answer is allowed; the question still closes.
    expect(await confirm(1)).toEqual({ ok: true, data: { openFrom: 2 } });
    expect(await answer(1, second)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await confirm(3)).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect(await answer(2, third)).toMatchObject({ ok: true });
    // Someone else's exam is not theirs to confirm.
    expect(await confirmAction.definition.run(otherLearner, { attemptId: id, position: 2 }, fixtureRequest)).toMatchObject({ ok: false, code: 'NOT_FOUND' });

    const reloaded = attemptView(await loadAttempt(db, learner.id, id, now), now);
    expect(reloaded.openFrom).toBe(2);
    expect(reloaded.items.map((i) => i.answered)).toEqual([true, false, true, false, false]);
    await submitAttempt(db, learner.id, id, now);
    const done = await loadAttempt(db, learner.id, id, now);
    expect(attemptView(done, now).mode).toBe('cisco');
    expect(done.items.filter((i) => i.correct).length).toBe(2);
  });

  it('a confirm after the deadline submits the exam as it stood', async () => {
    const start = new Date('2026-11-20T10:00:00Z');
    const { id } = await startExam(db, otherLearner.id, { courseId: 'ccna-200-301', length: 5 }, start);
    const deadline = (await loadAttempt(db, otherLearner.id, id, start)).deadline!;
    await expect(confirmItem(db, otherLearner.id, { attemptId: id, position: 0 }, deadline)).rejects.toThrow(/Time is up/);
    expect((await loadAttempt(db, otherLearner.id, id, deadline)).status).toBe('SUBMITTED');
  });

  it('a CompTIA-style exam puts performance-based items first, lets the learner go back and flag, and has nothing to confirm', async () => {
    const { id } = await startExam(db, admin.id, { courseId: 'network-plus-n10-009', length: 'full' }, now);
    const attempt = await loadAttempt(db, admin.id, id, now);
    expect(attemptView(attempt, now).mode).toBe('comptia');
    const pbq = attempt.items.map((i) => isPerformanceBased(i.entry.type));
    expect(pbq.filter(Boolean).length).toBeGreaterThan(0);
    expect(pbq.indexOf(false)).toBe(pbq.filter(Boolean).length);
    const [a, b] = attempt.items;
    await answerItem(db, admin.id, { attemptId: id, position: 1, response: right(b) }, now);
    await answerItem(db, admin.id, { attemptId: id, position: 0, response: right(a) }, now);
    await flagItem(db, admin.id, { attemptId: id, position: 1, flagged: true });
    await expect(confirmItem(db, admin.id, { attemptId: id, position: 0 }, now)).rejects.toMatchObject({ code: 'CONFLICT' });
    await submitAttempt(db, admin.id, id, now);
  });

  it('the learner may pick the other style on the start page: a Network+ exam sat Cisco-style', async () => {
    const { id } = await startExam(db, admin.id, { courseId: 'network-plus-n10-009', length: 5, mode: 'cisco' }, now);
    const attempt = await loadAttempt(db, admin.id, id, now);
    expect(attemptView(attempt, now).mode).toBe('cisco');
    await expect(answerItem(db, admin.id, { attemptId: id, position: 3, response: right(attempt.items[3]) }, now)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
  });
});
