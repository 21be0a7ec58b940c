import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { jobQueue } from '../../lib/jobs/job-queue';
import { addLessonToDeck } from '../../lib/srs/deck';
import { minimumItems } from '../../lib/srs/optimizer/fit';
import { requestOptimization, startOptimizerWorker } from '../../lib/srs/optimizer/optimizer-jobs';
import { weightsFor } from '../../lib/srs/parameters';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

async function waitForRun(db: Awaited<ReturnType<typeof createTestDatabase>>['db'], runId: string) {
  for (let i = 0; i < 240; i++) {
    const run = await db.optimizerRun.findUniqueOrThrow({ where: { id: runId } });
    if (!['queued', 'running'].includes(run.status)) return run;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the optimizer run did not finish in 60 s');
}

describe('the FSRS optimizer as a background job', async () => {
  const { db, url } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  const boss = await jobQueue(url);
  afterAll(() => boss.stop({ graceful: false, wait: true }));
  await startOptimizerWorker(db, boss);

  it('keeps the defaults, and says why, when the history is too short', async () => {
    const run = await requestOptimization(db, boss, { scope: `user:${people.learner.id}`, requestedBy: people.learner.id });
    expect((await requestOptimization(db, boss, { scope: `user:${people.learner.id}`, requestedBy: people.learner.id })).id).toBe(run.id);
    const done = await waitForRun(db, run.id);
    expect(done).toMatchObject({ status: 'kept-defaults', reviewCount: 0 });
    expect(done.message).toContain(`at least ${minimumItems}`);
    expect(await db.srsParameters.count()).toBe(0);
    expect((await weightsFor(db, people.learner.id, 'l04-container-definition')).weights).toBeUndefined();
  });

  it('fits parameters to a long history, reports log loss before and after, and schedules with them', async () => {
    const { otherLearner } = people;
    for (const lesson of ['lesson-001-virtualization-fundamentals', 'lesson-002-hypervisors', 'lesson-003-virtual-switching', 'lesson-004-containers'])
      await addLessonToDeck(db, otherLearner.id, lesson, now);
    const cards = await db.card.findMany({ where: { userId: otherLearner.id }, select: { id: true, questionId: true } });
    // A learner who forgets faster than FSRS's defaults assume: recall falls quickly with the gap.
    const logs = cards.flatMap((card, c) => {
      let day = c % 7;
      let gap = 1;
      return Array.from({ length: 8 }, (_, i) => {
        const recalled = i === 0 ? c % 3 !== 0 : ((c * 7 + i * 13) % 10) / 10 < Math.exp(-gap / 6);
        const row = {
          id: randomUUID(),
          userId: otherLearner.id,
          cardId: card.id,
          rating: recalled ? 3 : 1,
          source: 'review',
          state: i === 0 ? 0 : 2,
          due: new Date(),
          stability: 1,
          difficulty: 5,
          elapsedDays: gap,
          lastElapsedDays: 0,
          scheduledDays: gap,
          learningSteps: 0,
          reviewedAt: new Date(Date.UTC(2025, 0, 1 + day, 12)),
          day: new Date(Date.UTC(2025, 0, 1 + day)),
          firstOfDay: true,
          previous: {},
        };
        gap = recalled ? gap * 2 + 1 : 1;
        day += gap;
        return row;
      });
    });
    await db.reviewLog.createMany({ data: logs });
    const run = await requestOptimization(db, boss, { scope: `user:${otherLearner.id}`, requestedBy: otherLearner.id });
    const done = await waitForRun(db, run.id);
    expect(done.status, done.message ?? '').toBe('fitted');
    expect(done.reviewCount).toBeGreaterThanOrEqual(minimumItems);
    expect(done.logLossAfter!).toBeLessThan(done.logLossBefore!);
    const fitted = await weightsFor(db, otherLearner.id, cards[0].questionId);
    expect(fitted.weights).toHaveLength(21);
    expect(fitted.version).toBeGreaterThan(0);
  });
});
