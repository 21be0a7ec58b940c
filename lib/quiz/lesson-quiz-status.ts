import type { Db } from '../db/client';

export type LessonQuizStatus = {
  /** The unfinished quiz, which the button resumes. */
  open: { id: string; answered: number; total: number } | null;
  /** The latest finished quiz: fully correct of all. */
  last: { id: string; correct: number; total: number; submittedAt: string } | null;
};

/** The learner's lesson quiz in progress, if any, and the score of the last one finished. */
export async function lessonQuizStatus(db: Db, userId: string, lessonId: string): Promise<LessonQuizStatus> {
  const select = { id: true, submittedAt: true, items: { select: { answeredAt: true, score: true } } } as const;
  const [open, last] = await Promise.all([
    db.quizAttempt.findFirst({ where: { userId, lessonId, kind: 'LESSON', status: 'IN_PROGRESS' }, select }),
    db.quizAttempt.findFirst({ where: { userId, lessonId, kind: 'LESSON', status: 'SUBMITTED' }, orderBy: { submittedAt: 'desc' }, select }),
  ]);
  return {
    open: open && { id: open.id, answered: open.items.filter((i) => i.answeredAt).length, total: open.items.length },
    last: last && {
      id: last.id,
      correct: last.items.filter((i) => i.score === 1).length,
      total: last.items.length,
      submittedAt: last.submittedAt!.toISOString(),
    },
  };
}
