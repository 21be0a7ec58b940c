import type { Db } from '../db/client';

/**
 * The FSRS weights that schedule this learner's card: their own fitted ones, else the fitted
 * defaults of a course the question belongs to, else none (FSRS-6's published defaults).
 */
export async function weightsFor(db: Pick<Db, 'srsParameters' | 'questionObjective'>, userId: string, questionId: string): Promise<{ weights?: number[]; version: number }> {
  const own = await db.srsParameters.findFirst({ where: { scope: `user:${userId}` }, orderBy: { createdAt: 'desc' }, select: { weights: true, createdAt: true } });
  if (own) return { weights: own.weights, version: own.createdAt.getTime() };
  const courses = await db.questionObjective.findMany({ where: { questionId }, select: { objective: { select: { courseId: true } } }, distinct: ['objectiveId'] });
  const scopes = [...new Set(courses.map((c) => `course:${c.objective.courseId}`))];
  const shared = scopes.length ? await db.srsParameters.findFirst({ where: { scope: { in: scopes } }, orderBy: { createdAt: 'desc' }, select: { weights: true, createdAt: true } }) : null;
  return shared ? { weights: shared.weights, version: shared.createdAt.getTime() } : { version: 0 };
}
