import type { Db } from '../db/client';

export type ExamSitting = { id: string; submittedAt: string; score: number; scaledScore: number | null; passed: boolean | null; questions: number };

/** The learner's submitted exam simulations of the course, oldest first. */
export async function examHistory(db: Db, userId: string, courseId: string): Promise<ExamSitting[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { userId, courseId, kind: 'EXAM', status: 'SUBMITTED', submittedAt: { not: null }, score: { not: null } },
    orderBy: { submittedAt: 'asc' },
    select: { id: true, submittedAt: true, score: true, scaledScore: true, passed: true, _count: { select: { items: true } } },
  });
  return attempts.map((a) => ({
    id: a.id,
    submittedAt: a.submittedAt!.toISOString(),
    score: a.score!,
    scaledScore: a.scaledScore,
    passed: a.passed,
    questions: a._count.items,
  }));
}
