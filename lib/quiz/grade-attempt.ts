import type { Prisma } from '../db/generated/client';
import { gradeResponse } from '../questions/grading';
import type { Question, QuestionResponse } from '../questions/schema';
import { scaledScore } from './settings';

type Tx = Prisma.TransactionClient;

/**
 * Grades every item of a locked attempt and records the result. The exam score is all-or-nothing
 * per item (`score`); practice shows partial credit (`partial`) too. Unanswered items score 0.
 */
export async function gradeAttempt(tx: Tx, attemptId: string, options: { expired: boolean; now: Date; courseId: string | null }) {
  const items = await tx.attemptItem.findMany({ where: { attemptId }, select: { position: true, response: true, answeredAt: true, version: { select: { body: true } } } });
  let total = 0;
  for (const item of items) {
    const question = item.version.body as Question;
    const grade = item.response ? gradeResponse(question, item.response as QuestionResponse) : { correct: false, score: 0, partial: 0 };
    total += grade.score;
    await tx.attemptItem.update({
      where: { attemptId_position: { attemptId, position: item.position } },
      data: { correct: grade.correct, score: grade.score, partial: grade.partial },
    });
  }
  const fraction = items.length ? total / items.length : 0;
  const course = options.courseId ? await tx.course.findUnique({ where: { id: options.courseId }, select: { passMark: true, scaleMin: true, scaleMax: true } }) : null;
  const scaled = course ? scaledScore(fraction, course) : null;
  await tx.quizAttempt.update({
    where: { id: attemptId },
    data: {
      status: 'SUBMITTED',
      submittedAt: options.now,
      expired: options.expired,
      score: fraction,
      scaledScore: scaled,
      passed: scaled !== null && course?.passMark != null ? scaled >= course.passMark : null,
    },
  });
}
