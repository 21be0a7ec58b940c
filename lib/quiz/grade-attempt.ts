import type { Prisma } from '../db/generated/client';
import { answerKeys } from '../questions/grading';
import { gradeShown } from '../questions/shown-question';
import { recordQuizAnswer } from '../srs/deck';
import { scaledScore } from './settings';
import { storedQuestion, storedResponse } from '../questions/stored-question';

type Tx = Prisma.TransactionClient;

/**
 * Grades every item of a locked attempt and records the result. The exam score is all-or-nothing
 * per item (`score`); practice shows partial credit (`partial`) too. Unanswered items score 0.
 */
export async function gradeAttempt(tx: Tx, attemptId: string, options: { userId: string; expired: boolean; now: Date; courseId: string | null }) {
  const items = await tx.attemptItem.findMany({
    where: { attemptId },
    select: { position: true, questionId: true, response: true, answeredAt: true, correct: true, seed: true, version: { select: { body: true } } },
  });
  const grades = items.map((item) => {
    if (!item.response) return { position: item.position, correct: false, score: 0, partial: 0, answerKeys: [] };
    const response = storedResponse(item.response);
    const { correct, score, partial } = gradeShown(storedQuestion(item.version.body), item.seed, response);
    return { position: item.position, correct, score, partial, answerKeys: answerKeys(response) };
  });
  if (grades.length) {
    // One statement for all items rather than one round trip each.
    await tx.$executeRaw`
      UPDATE "AttemptItem" AS i SET correct = g.correct, score = g.score, partial = g.partial, "answerKeys" = g."answerKeys"
      FROM jsonb_to_recordset(${JSON.stringify(grades)}::jsonb) AS g(position int, correct boolean, score float8, partial float8, "answerKeys" text[])
      WHERE i."attemptId" = ${attemptId} AND i.position = g.position`;
  }
  // Items graded at answer time (per-answer feedback) already fed the scheduler; the rest do now.
  for (const [i, item] of items.entries()) {
    if (!item.answeredAt || item.correct !== null) continue;
    await recordQuizAnswer(tx, {
      userId: options.userId,
      questionId: item.questionId,
      correct: grades[i].correct,
      answerId: `quiz:${attemptId}:${item.position}`,
      now: options.now,
    });
  }
  const fraction = grades.length ? grades.reduce((sum, g) => sum + g.score, 0) / grades.length : 0;
  const course = options.courseId
    ? await tx.course.findUnique({ where: { id: options.courseId }, select: { passMark: true, scaleMin: true, scaleMax: true } })
    : null;
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
