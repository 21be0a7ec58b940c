import type { Db } from '../db/client';

export type PoolQuestion = {
  id: string;
  versionId: string;
  lessonId: string;
  chapterId: string;
  difficulty: 'easy' | 'medium' | 'hard';
  /** Domain codes and objective codes of the given course. */
  domains: string[];
  objectives: string[];
};

/** Live questions of a course (published lessons only), with where they sit in its blueprint. */
export async function coursePool(db: Db, courseId: string): Promise<PoolQuestion[]> {
  const rows = await db.question.findMany({
    where: {
      archivedAt: null,
      currentVersionId: { not: null },
      lesson: { archivedAt: null, draft: false },
      objectives: { some: { objective: { courseId } } },
    },
    select: {
      id: true,
      currentVersionId: true,
      lessonId: true,
      difficulty: true,
      lesson: { select: { chapterId: true } },
      objectives: { where: { objective: { courseId } }, select: { objective: { select: { code: true, domain: { select: { code: true } } } } } },
    },
    orderBy: { id: 'asc' },
  });
  return rows.map((row) => ({
    id: row.id,
    versionId: row.currentVersionId!,
    lessonId: row.lessonId,
    chapterId: row.lesson.chapterId,
    difficulty: row.difficulty as PoolQuestion['difficulty'],
    domains: [...new Set(row.objectives.map((o) => o.objective.domain.code))],
    objectives: row.objectives.map((o) => o.objective.code),
  }));
}
