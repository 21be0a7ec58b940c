import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { responseToTokens } from '../../lib/questions/present';
import type { Question } from '../../lib/questions/schema';
import { answerItem } from '../../lib/quiz/answer-item';
import { attemptView } from '../../lib/quiz/attempt-view';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { chapterDir, copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

const bank = `${chapterDir}/lesson-003-virtual-switching.questions.yaml`;
const questionId = 'l03-vswitch-portfast';

describe('question versions', async () => {
  const { db } = await createTestDatabase();
  const tree = await copyOfContent();
  expect((await syncContent(db, tree.dir)).questions.created).toBeGreaterThanOrEqual(90);
  const { learner } = await seedPeople(db);

  it('an edited answer becomes a new version; an earlier attempt keeps the question it showed', async () => {
    const { id } = await startLessonQuiz(db, learner.id, 'lesson-003-virtual-switching', now);
    const before = await loadAttempt(db, learner.id, id, now);
    const item = before.items.find((i) => i.questionId === questionId)!;
    expect((item.question as Extract<Question, { type: 'single' }>).answer).toBe('a');
    await answerItem(
      db,
      learner.id,
      { attemptId: id, position: item.position, response: responseToTokens(item.presentation, { type: 'single', choice: 'a' }) },
      now,
    );

    await tree.edit(bank, (text) => text.replace(/(id: l03-vswitch-portfast[\s\S]*?\n    answer: )a\n/, '$1b\n'));
    const report = await syncContent(db, tree.dir);
    expect(report.questions).toMatchObject({ updated: 1, created: 0 });
    const versions = await db.questionVersion.findMany({ where: { questionId }, orderBy: { version: 'asc' } });
    expect(versions.map((v) => (v.body as { answer: string }).answer)).toEqual(['a', 'b']);

    const after = attemptView(await loadAttempt(db, learner.id, id, now), now);
    const shown = after.items[item.position];
    expect(shown.feedback?.correct).toBe(true);
    expect(shown.feedback?.correctResponse).toEqual(responseToTokens(item.presentation, { type: 'single', choice: 'a' }));
  });

  it('archives a question removed from its file and restores it, with its old version, when it comes back', async () => {
    const original = await db.question.findUniqueOrThrow({ where: { id: questionId }, select: { currentVersionId: true } });
    const text = await import('node:fs/promises').then((fs) => fs.readFile(`${tree.dir}/${bank}`, 'utf8'));
    await tree.edit(bank, (t) => t.replace(/  - id: l03-vswitch-portfast[\s\S]*?\n(?=  - id: )/, ''));
    expect((await syncContent(db, tree.dir)).questions.archived).toBe(1);
    expect((await db.question.findUniqueOrThrow({ where: { id: questionId } })).archivedAt).not.toBeNull();
    await tree.write(bank, text);
    await syncContent(db, tree.dir);
    const restored = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    expect(restored.archivedAt).toBeNull();
    expect(restored.currentVersionId).toBe(original.currentVersionId);
    expect(await db.questionVersion.count({ where: { questionId } })).toBe(2);
  });
});
