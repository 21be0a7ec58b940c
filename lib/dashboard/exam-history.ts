import type { Db } from '../db/client';

/** One exam's result in one domain: fully correct items of those tagged with the domain. */
export type DomainScore = { code: string; correct: number; total: number };
export type ExamSitting = {
  id: string;
  submittedAt: string;
  score: number;
  scaledScore: number | null;
  passed: boolean | null;
  questions: number;
  domains: DomainScore[];
};

/** The learner's submitted exam simulations of the course, oldest first, each with its score per domain. */
export async function examHistory(db: Db, userId: string, courseId: string): Promise<ExamSitting[]> {
  const attempts = await db.quizAttempt.findMany({
    where: { userId, courseId, kind: 'EXAM', status: 'SUBMITTED', submittedAt: { not: null }, score: { not: null } },
    orderBy: { submittedAt: 'asc' },
    select: { id: true, submittedAt: true, score: true, scaledScore: true, passed: true, _count: { select: { items: true } } },
  });
  const byDomain = await domainScores(
    db,
    courseId,
    attempts.map((a) => a.id),
  );
  return attempts.map((a) => ({
    id: a.id,
    submittedAt: a.submittedAt!.toISOString(),
    score: a.score!,
    scaledScore: a.scaledScore,
    passed: a.passed,
    questions: a._count.items,
    domains: byDomain.get(a.id) ?? [],
  }));
}

/**
 * Per attempt and domain, counted as the exam report counts (exam-report.ts): an item counts once
 * for each domain its objectives fall in, and scores only when fully correct.
 */
async function domainScores(db: Db, courseId: string, attemptIds: string[]): Promise<Map<string, DomainScore[]>> {
  if (attemptIds.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ attemptId: string; code: string; correct: number; total: number }>>`
    SELECT ai."attemptId", d.code,
           count(DISTINCT ai.position) FILTER (WHERE ai.score = 1)::int AS correct,
           count(DISTINCT ai.position)::int AS total
    FROM "AttemptItem" ai
    JOIN "QuestionObjective" qo ON qo."questionId" = ai."questionId"
    JOIN "Objective" o ON o.id = qo."objectiveId" AND o."courseId" = ${courseId}
    JOIN "Domain" d ON d.id = o."domainId"
    WHERE ai."attemptId" = ANY(${attemptIds})
    GROUP BY ai."attemptId", d.code
    ORDER BY d.code`;
  const found = new Map<string, DomainScore[]>();
  for (const row of rows) found.set(row.attemptId, [...(found.get(row.attemptId) ?? []), { code: row.code, correct: row.correct, total: row.total }]);
  return found;
}
