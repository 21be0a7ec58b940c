import type { Db } from '../db/client';

/**
 * Questions of the course a learner could meet on the exam and has never reviewed: live questions
 * of published lessons without a reviewed card. The deck gets them as lessons are completed, so
 * this, not the deck's new cards, is what is left of the blueprint.
 */
export function unstudiedQuestions(db: Db, userId: string, courseId: string): Promise<number> {
  return db.question.count({
    where: {
      archivedAt: null,
      currentVersionId: { not: null },
      lesson: { archivedAt: null, draft: false },
      objectives: { some: { objective: { courseId } } },
      cards: { none: { userId, state: { not: 0 } } },
    },
  });
}
