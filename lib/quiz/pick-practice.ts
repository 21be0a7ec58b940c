import type { Db } from '../db/client';
import { AppError } from '../errors';
import { shuffle } from '../shuffle';
import { openExamQuestionIds } from './open-exam';
import type { PoolQuestion } from './question-pool';
import type { PracticeSettings } from './settings';

/**
 * Questions for a practice session: the course pool narrowed by the learner's choices, then by
 * their history. "missed" means their latest answer to it was wrong; "flagged" that they flagged
 * it the last time it was shown; "unseen" that they never answered it. Questions of an exam in
 * progress are left out until it is submitted.
 */
export async function pickPractice(db: Db, userId: string, pool: readonly PoolQuestion[], settings: PracticeSettings, now: Date): Promise<PoolQuestion[]> {
  const narrowed = pool.filter(
    (q) =>
      (settings.domains.length === 0 || q.domains.some((d) => settings.domains.includes(d))) &&
      (settings.objectives.length === 0 || q.objectives.some((o) => settings.objectives.includes(o))) &&
      (settings.chapters.length === 0 || settings.chapters.includes(q.chapterId)),
  );
  const eligible = settings.only === 'all' ? narrowed : await byHistory(db, userId, narrowed, settings.only);
  const heldBack = await openExamQuestionIds(db, userId, now);
  const open = eligible.filter((q) => !heldBack.has(q.id));
  if (open.length === 0 && eligible.length > 0)
    throw new AppError('CONFLICT', 'Every question that matches is in your exam simulation in progress; practise them once you submit it.');
  return shuffle(open).slice(0, settings.count);
}

async function byHistory(db: Db, userId: string, pool: PoolQuestion[], only: 'unseen' | 'missed' | 'flagged') {
  const latest = await db.attemptItem.findMany({
    where: { attempt: { userId }, questionId: { in: pool.map((q) => q.id) }, OR: [{ answeredAt: { not: null } }, { flagged: true }] },
    orderBy: [{ questionId: 'asc' }, { attempt: { startedAt: 'desc' } }],
    distinct: ['questionId'],
    select: { questionId: true, correct: true, flagged: true, answeredAt: true },
  });
  const last = new Map(latest.map((item) => [item.questionId, item]));
  if (only === 'unseen') return pool.filter((q) => !last.get(q.id)?.answeredAt);
  if (only === 'missed') return pool.filter((q) => last.get(q.id)?.correct === false);
  return pool.filter((q) => last.get(q.id)?.flagged);
}
