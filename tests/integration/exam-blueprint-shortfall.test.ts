import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { coursePool } from '../../lib/quiz/question-pool';
import { describeShortfall } from '../../lib/quiz/blueprint-fit';
import { examPlans } from '../../lib/quiz/exam-plans';
import { reportContext } from '../../lib/quiz/report-context';
import { storedAttemptSettings } from '../../lib/quiz/settings';
import { startExam } from '../../lib/quiz/start-attempts';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const now = new Date('2026-11-25T15:00:00Z');
const courseId = 'network-plus-n10-009';
const fullCount = 90;

describe('exam blueprint shortfall', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const { learner, otherLearner } = await seedPeople(db);
  // Whatever the bank holds today, domain 4.0 (14 %, 12 of 90 seats) is made empty.
  const pool = await coursePool(db, courseId);
  await db.question.updateMany({ where: { id: { in: pool.filter((q) => q.domains.includes('4.0')).map((q) => q.id) } }, data: { archivedAt: now } });

  it('names the empty domain with its gap, and offers the covered domains in their proportions instead', async () => {
    const plans = await examPlans(db, courseId, fullCount);
    const full = plans.plans.find((p) => p.length === 'full')!.fit;
    expect(full.short).toContainEqual({ code: '4.0', seats: 12, available: 0, missing: 12 });
    expect(describeShortfall(full.short, plans.titles)).toContain('4.0 Network Security: 12 questions needed, 0 available (12 short)');
    // No length keeps 4.0's share while it is empty.
    expect(plans.balanced).toBeNull();
    expect(plans.covered?.leftOut).toEqual(['4.0']);
    expect(plans.covered!.count).toBeGreaterThanOrEqual(5);
  });

  it('draws the covered-domains exam to its blueprint exactly, and the report names what it left out', async () => {
    const { covered } = await examPlans(db, courseId, fullCount);
    const { id } = await startExam(db, learner.id, { courseId, length: covered!.count, coveredOnly: true }, now);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
    const settings = storedAttemptSettings('EXAM', attempt.settings);
    expect(settings.perDomain.map((d) => d.code)).not.toContain('4.0');
    expect(settings.perDomain.every((d) => d.drawn === d.target)).toBe(true);
    expect(await db.attemptItem.count({ where: { attemptId: id } })).toBe(covered!.count);
    const context = await reportContext(db, attempt);
    expect(context.shortfall).toEqual([]);
    expect(context.leftOut).toEqual(['4.0 Network Security']);
  });

  it('reports the full exam short in the same words as the start form', async () => {
    const plans = await examPlans(db, courseId, fullCount);
    const full = plans.plans.find((p) => p.length === 'full')!.fit;
    const { id } = await startExam(db, otherLearner.id, { courseId, length: 'full' }, now);
    const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id } });
    expect((await reportContext(db, attempt)).shortfall).toEqual(describeShortfall(full.short, plans.titles));
  });
});
