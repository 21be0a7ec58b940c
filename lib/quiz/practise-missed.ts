import type { Db } from '../db/client';
import { AppError } from '../errors';
import { shuffle } from '../shuffle';
import { createAttempt } from './create-attempt';
import { openExamQuestionIds } from './open-exam';

/**
 * "Practise the ones I missed": a practice session (feedback after each answer) of the questions a
 * submitted attempt of this learner got wrong or left unanswered, in their current versions.
 * Questions since retired, and those of an exam in progress, are left out.
 */
export async function practiseMissed(db: Db, userId: string, attemptId: string, now: Date): Promise<{ id: string }> {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    select: { status: true, courseId: true, lessonId: true, items: { where: { OR: [{ score: { lt: 1 } }, { score: null }] }, select: { questionId: true } } },
  });
  if (!attempt) throw new AppError('NOT_FOUND', 'No such attempt.');
  if (attempt.status !== 'SUBMITTED') throw new AppError('CONFLICT', 'Finish this attempt first; then practise the ones you missed.');
  const courseId = attempt.courseId ?? (await courseOfLesson(db, attempt.lessonId));
  if (!courseId) throw new AppError('NOT_FOUND', 'This lesson belongs to no course, so there is nothing to practise.');
  const heldBack = await openExamQuestionIds(db, userId, now);
  const questions = await db.question.findMany({
    where: {
      id: { in: attempt.items.map((i) => i.questionId).filter((id) => !heldBack.has(id)) },
      archivedAt: null,
      currentVersionId: { not: null },
      lesson: { archivedAt: null, draft: false },
    },
    select: { id: true, currentVersionId: true },
  });
  if (questions.length === 0) throw new AppError('NOT_FOUND', 'Nothing to practise: every question was answered correctly (or is in an exam in progress).');
  const picked = shuffle(questions.map((q) => ({ id: q.id, versionId: q.currentVersionId! })));
  return createAttempt(db, {
    userId,
    kind: 'PRACTICE',
    courseId,
    settings: { courseId, domains: [], objectives: [], chapters: [], count: picked.length, only: 'missed', feedback: 'each' },
    questions: picked,
  });
}

/** The first course (in course order) whose chapters include the lesson. */
async function courseOfLesson(db: Db, lessonId: string | null): Promise<string | null> {
  if (!lessonId) return null;
  const link = await db.chapterCourse.findFirst({
    where: { chapter: { lessons: { some: { id: lessonId } } } },
    orderBy: { course: { order: 'asc' } },
    select: { courseId: true },
  });
  return link?.courseId ?? null;
}
