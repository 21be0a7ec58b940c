import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { examHistory } from '../../lib/dashboard/exam-history';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import { answerItem } from '../../lib/quiz/answer-item';
import { examReport } from '../../lib/quiz/exam-report';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startExam } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const courseId = 'network-plus-n10-009';
const start = new Date('2026-11-25T15:00:00Z');

describe('score history by domain', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const { learner } = await seedPeople(db);

  it('gives each exam its per-domain result, the same as the exam report, and keeps the time spent per answer', async () => {
    for (const [sitting, rightCount] of [
      [0, 3],
      [1, 7],
    ] as const) {
      const now = new Date(start.getTime() + sitting * 86_400_000);
      const { id } = await startExam(db, learner.id, { courseId, length: 10 }, now);
      const attempt = await loadAttempt(db, learner.id, id, now);
      for (const item of attempt.items.slice(0, rightCount)) {
        const response = responseToTokens(item.presentation, correctResponse(item.question));
        await answerItem(db, learner.id, { attemptId: id, position: item.position, response, durationMs: 30_000 + item.position }, now);
      }
      await submitAttempt(db, learner.id, id, now);
      const report = examReport(await loadAttempt(db, learner.id, id, now));
      const history = await examHistory(db, learner.id, courseId);
      expect(history).toHaveLength(sitting + 1);
      expect(history.at(-1)!.domains).toEqual(report.domains.map((d) => ({ code: d.code, correct: d.correct, total: d.total })));
      expect(history.at(-1)!.domains.reduce((sum, d) => sum + d.correct, 0)).toBeGreaterThanOrEqual(rightCount);
      const times = await db.attemptItem.findMany({ where: { attemptId: id }, orderBy: { position: 'asc' }, select: { durationMs: true } });
      expect(times.map((t) => t.durationMs)).toEqual(Array.from({ length: 10 }, (_, i) => (i < rightCount ? 30_000 + i : null)));
    }
    // Oldest first.
    const history = await examHistory(db, learner.id, courseId);
    expect(history.map((h) => h.submittedAt)).toEqual([start.toISOString(), new Date(start.getTime() + 86_400_000).toISOString()]);
  });
});
