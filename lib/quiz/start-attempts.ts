import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError } from '../errors';
import { shuffle } from '../shuffle';
import { assembleExam } from './assemble-exam';
import { coveredBlueprint } from './blueprint-fit';
import { createAttempt } from './create-attempt';
import { performanceBasedFirst } from './exam-modes';
import { coursePool, type PoolQuestion } from './question-pool';
import { openExamQuestionIds } from './open-exam';
import { pickPractice } from './pick-practice';
import { submitIfExpired } from './submit-attempt';
import { defaultExamQuestionCount, examMinutes, type ExamOptions, type PracticeSettings } from './settings';

/**
 * The lesson quiz: every live question of the lesson, shuffled. An unfinished quiz of the same
 * lesson is resumed rather than started again, so a reload never loses answers; a unique index
 * keeps it to one even when the starts race.
 */
export async function startLessonQuiz(db: Db, userId: string, lessonId: string, now: Date): Promise<{ id: string }> {
  const openQuiz = () => db.quizAttempt.findFirst({ where: { userId, lessonId, kind: 'LESSON', status: 'IN_PROGRESS' }, select: { id: true } });
  const open = await openQuiz();
  if (open) return open;
  const questions = await db.question.findMany({
    where: { lessonId, archivedAt: null, currentVersionId: { not: null }, lesson: { archivedAt: null, draft: false } },
    select: { id: true, currentVersionId: true },
  });
  if (questions.length === 0) throw new AppError('NOT_FOUND', 'This lesson has no quiz questions yet.');
  const heldBack = await openExamQuestionIds(db, userId, now);
  const allowed = questions.filter((q) => !heldBack.has(q.id));
  if (allowed.length === 0)
    throw new AppError('CONFLICT', 'Every question of this quiz is in your exam simulation in progress; take the quiz once you submit the exam.');
  const shuffled = shuffle(allowed.map((q) => ({ id: q.id, versionId: q.currentVersionId! })));
  return createOrJoin(() => createAttempt(db, { userId, kind: 'LESSON', lessonId, settings: { feedback: 'each' }, questions: shuffled }), openQuiz);
}

export async function startPractice(db: Db, userId: string, settings: PracticeSettings, now: Date): Promise<{ id: string }> {
  const pool = await coursePool(db, settings.courseId);
  const picked = await pickPractice(db, userId, pool, settings, now);
  if (picked.length === 0) {
    throw new AppError(
      'NOT_FOUND',
      settings.only === 'all' ? 'No questions match these choices yet.' : `No ${settings.only} questions match these choices. Try "all questions".`,
    );
  }
  return createAttempt(db, {
    userId,
    kind: 'PRACTICE',
    courseId: settings.courseId,
    settings,
    questions: picked.map((q) => ({ id: q.id, versionId: q.versionId })),
  });
}

/**
 * An exam simulation drawn to the course blueprint, timed on the server. One runs per course at a
 * time (a unique index): starting again, or twice at once, goes back to the running one. One whose
 * time ran out is submitted with what was saved, making way for the new one.
 */
export async function startExam(db: Db, userId: string, options: ExamOptions, now: Date): Promise<{ id: string }> {
  const course = await db.course.findUnique({ where: { id: options.courseId }, include: { domains: { orderBy: { order: 'asc' } } } });
  if (!course) throw new AppError('NOT_FOUND', 'No such course.');
  const openExam = () =>
    db.quizAttempt.findFirst({
      where: { userId, courseId: course.id, kind: 'EXAM', status: 'IN_PROGRESS' },
      select: { id: true, status: true, deadline: true },
    });
  const open = await openExam();
  if (open && !(await submitIfExpired(db, userId, open, now))) return { id: open.id };

  const fullCount = course.questionCount ?? defaultExamQuestionCount;
  const count = options.length === 'full' ? fullCount : Math.min(options.length, fullCount);
  const pool = await coursePool(db, course.id);
  const blueprint = course.domains.map((d) => ({ code: d.code, weight: d.weight }));
  const { blueprint: drawn, leftOut } = options.coveredOnly ? coveredBlueprint(pool, blueprint) : { blueprint, leftOut: [] };
  const draw = assembleExam(pool, drawn, count);
  if (draw.questionIds.length === 0) throw new AppError('NOT_FOUND', 'This course has no questions yet, so there is nothing to sit.');
  const byId = new Map<string, PoolQuestion>(pool.map((q) => [q.id, q]));
  const drawnQuestions = draw.questionIds.map((id) => byId.get(id)!);
  const mode = options.mode ?? course.examMode;
  const minutes = examMinutes({ minutes: course.minutes, questionCount: fullCount }, draw.questionIds.length);
  const create = () =>
    createAttempt(db, {
      userId,
      kind: 'EXAM',
      courseId: course.id,
      settings: { length: options.length, minutes, perDomain: draw.perDomain, notes: draw.notes, fullCount, leftOut, mode },
      deadline: new Date(now.getTime() + minutes * 60_000),
      questions: (mode === 'comptia' ? performanceBasedFirst(drawnQuestions) : drawnQuestions).map((q) => ({ id: q.id, versionId: q.versionId })),
    });
  return createOrJoin(create, openExam);
}

/** Creates the attempt, or, when a concurrent start won the unique index, hands back the winner's. */
async function createOrJoin(create: () => Promise<{ id: string }>, open: () => Promise<{ id: string } | null>): Promise<{ id: string }> {
  try {
    return await create();
  } catch (error) {
    const winner = isUniqueViolation(error) ? await open() : null;
    if (!winner) throw error;
    return { id: winner.id };
  }
}
