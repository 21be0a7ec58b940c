import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';
import { answerKeys } from '../questions/grading';
import { responseFromTokens, storedPresentation } from '../questions/present';
import type { QuestionResponse } from '../questions/schema';
import { gradeShown, shownQuestion } from '../questions/shown-question';
import { recordQuizAnswer } from '../srs/deck';
import { feedbackPerAnswer } from './load-attempt';
import { lockAttempt } from './lock-attempt';
import { refuseFlagIn, refuseOutOfTurn } from './cisco-exam';
import { gradeIfTimeIsUp, timeIsUpMessage } from './time-is-up';
import { refuseIfInOpenExam } from './open-exam';
import { storedQuestion } from '../questions/stored-question';
import { capped } from './time-spent';

export type AnswerInput = { attemptId: string; position: number; response: QuestionResponse; durationMs?: number };
export type AnswerOutcome = { status: 'saved' | 'graded' | 'already-answered' };

/**
 * Records an answer as given. With per-answer feedback the first answer is final: a double click
 * or a retry finds it answered and changes nothing. In an exam, answers can be changed until the
 * attempt is submitted or time runs out (then it is submitted and the answer refused), except in a
 * Cisco-style exam, where only the question the learner is on takes one (cisco-exam.ts).
 */
export async function answerItem(db: Db, userId: string, input: AnswerInput, now: Date): Promise<AnswerOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, userId, input.attemptId);
    if (attempt.status === 'SUBMITTED') throw new AppError('CONFLICT', 'This attempt has already been submitted; answers can no longer change.');
    if (await gradeIfTimeIsUp(tx, attempt, userId, now)) return 'expired' as const;
    refuseOutOfTurn(attempt, input.position);
    const item = await tx.attemptItem.findUnique({
      where: { attemptId_position: { attemptId: attempt.id, position: input.position } },
      select: { answeredAt: true, presentation: true, questionId: true, seed: true, version: { select: { body: true } } },
    });
    if (!item) throw new AppError('NOT_FOUND', 'No such question in this attempt.');
    if (attempt.kind !== 'EXAM') await refuseIfInOpenExam(tx, userId, item.questionId, now);
    const entry = storedQuestion(item.version.body);
    const question = shownQuestion(entry, item.seed);
    if (input.response.type !== question.type)
      throw new AppError('INVALID_INPUT', `This is a ${question.type} question; the answer was for a ${input.response.type} question.`);
    const response = responseFromTokens(question, storedPresentation(item.presentation), input.response) as Prisma.InputJsonValue;
    // The browser's running total of time on screen for this question (time-spent.ts).
    const durationMs = input.durationMs === undefined ? undefined : capped(input.durationMs);
    const where = { attemptId_position: { attemptId: attempt.id, position: input.position } };
    const grade = gradeShown(entry, item.seed, response as QuestionResponse);
    // Not an answer at all ("not an IPv4 address"): said to the learner, never recorded as wrong.
    if (grade.invalid) throw new AppError('INVALID_INPUT', grade.invalid);

    if (feedbackPerAnswer(attempt)) {
      if (item.answeredAt) return 'already-answered' as const;
      const graded = { correct: grade.correct, score: grade.score, partial: grade.partial, answerKeys: answerKeys(response as QuestionResponse) };
      await tx.attemptItem.update({ where, data: { response, answeredAt: now, durationMs, ...graded } });
      await recordQuizAnswer(tx, { userId, questionId: item.questionId, correct: grade.correct, answerId: `quiz:${attempt.id}:${input.position}`, now });
      return 'graded' as const;
    }
    await tx.attemptItem.update({ where, data: { response, answeredAt: now, durationMs } });
    return 'saved' as const;
  });
  if (outcome === 'expired') throw new AppError('CONFLICT', timeIsUpMessage);
  return { status: outcome };
}

export async function flagItem(db: Db, userId: string, input: { attemptId: string; position: number; flagged: boolean }): Promise<void> {
  const attempt = await db.quizAttempt.findFirst({ where: { id: input.attemptId, userId }, select: { kind: true, settings: true } });
  if (attempt) refuseFlagIn(attempt);
  const updated = await db.attemptItem.updateMany({
    where: { attemptId: input.attemptId, position: input.position, attempt: { userId, status: 'IN_PROGRESS' } },
    data: { flagged: input.flagged },
  });
  if (updated.count === 0) throw new AppError('NOT_FOUND', 'No such question in an attempt in progress.');
}
