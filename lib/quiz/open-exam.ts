import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import { AppError } from '../errors';

/*
 * While an exam simulation runs, its questions stay out of everything that would show or grade
 * them (practice, lesson quizzes, reviews and their feedback) until it is submitted or its time
 * is up: otherwise the exam's answers, and so the scores that feed the gradebook, are a practice
 * session away. The two forms below are the same rule, for Prisma and for raw SQL.
 */

function openExams(userId: string, now: Date): Prisma.QuizAttemptWhereInput {
  return { userId, kind: 'EXAM', status: 'IN_PROGRESS', deadline: { gt: now } };
}

/** Questions of the learner's open exams (other than `except`, the exam being shown itself). */
export async function openExamQuestionIds(db: Pick<Db, 'attemptItem'>, userId: string, now: Date, except?: string): Promise<Set<string>> {
  const items = await db.attemptItem.findMany({
    where: { attempt: { ...openExams(userId, now), ...(except ? { id: { not: except } } : {}) } },
    select: { questionId: true },
    distinct: ['questionId'],
  });
  return new Set(items.map((item) => item.questionId));
}

/**
 * SQL: the question (a column or value) is in one of the learner's open exams. Uncorrelated, so
 * PostgreSQL reads the learner's open exams once (the partial unique index) rather than every
 * learner's answers to each question.
 */
export function inOpenExamSql(userId: string, now: Date, questionId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${questionId} IN (
    SELECT ai."questionId" FROM "QuizAttempt" a JOIN "AttemptItem" ai ON ai."attemptId" = a.id
    WHERE a."userId" = ${userId} AND a.kind = 'EXAM' AND a.status = 'IN_PROGRESS' AND a.deadline > ${now})`;
}

const heldBackMessage = 'This question is in your exam simulation in progress; it comes back once you submit the exam.';

/** Refuses to grade or reveal a question of an open exam outside that exam. */
export async function refuseIfInOpenExam(db: Pick<Db, 'attemptItem'>, userId: string, questionId: string, now: Date): Promise<void> {
  const held = await db.attemptItem.count({ where: { questionId, attempt: openExams(userId, now) } });
  if (held > 0) throw new AppError('CONFLICT', heldBackMessage);
}
