import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { ExamMode } from './exam-modes';
import { lockAttempt, type LockedAttempt } from './lock-attempt';
import { storedAttemptSettings } from './settings';
import { gradeIfTimeIsUp, timeIsUpMessage } from './time-is-up';

/** The style an attempt runs in; null for lesson quizzes and practice. */
export function examModeOf(attempt: { kind: 'LESSON' | 'PRACTICE' | 'EXAM'; settings: unknown }): ExamMode | null {
  return attempt.kind === 'EXAM' ? storedAttemptSettings('EXAM', attempt.settings).mode : null;
}

/**
 * In a Cisco-style exam only the question the learner is on takes an answer: the ones before it
 * are confirmed and closed, the ones after it not reached yet. Other attempts take any position.
 */
export function refuseOutOfTurn(attempt: Pick<LockedAttempt, 'kind' | 'settings' | 'openFrom'>, position: number): void {
  if (examModeOf(attempt) !== 'cisco') return;
  if (position < attempt.openFrom)
    throw new AppError(
      'CONFLICT',
      `This is a Cisco-style exam: question ${position + 1} was confirmed and cannot be changed or revisited. You are on question ${attempt.openFrom + 1}.`,
    );
  if (position > attempt.openFrom)
    throw new AppError('CONFLICT', `This is a Cisco-style exam: confirm question ${attempt.openFrom + 1} before you answer question ${position + 1}.`);
}

/** Flags exist to come back to a question, which a Cisco-style exam does not allow. */
export function refuseFlagIn(attempt: { kind: 'LESSON' | 'PRACTICE' | 'EXAM'; settings: unknown }): void {
  if (examModeOf(attempt) === 'cisco') throw new AppError('CONFLICT', 'A Cisco-style exam has no flags: you cannot come back to a question.');
}

/**
 * Confirms the question at `position` of a Cisco-style exam, answered or not, and moves the learner
 * to the next one; from then on the server refuses answers to it. Confirming a question already
 * confirmed (a double click, a retry) changes nothing.
 */
export async function confirmItem(db: Db, userId: string, input: { attemptId: string; position: number }, now: Date): Promise<{ openFrom: number }> {
  const outcome = await db.$transaction(async (tx) => {
    const attempt = await lockAttempt(tx, userId, input.attemptId);
    if (attempt.status === 'SUBMITTED') throw new AppError('CONFLICT', 'This attempt has already been submitted.');
    if (await gradeIfTimeIsUp(tx, attempt, userId, now)) return 'expired' as const;
    if (examModeOf(attempt) !== 'cisco') throw new AppError('CONFLICT', 'Only a Cisco-style exam confirms answers one at a time.');
    if (input.position < attempt.openFrom) return { openFrom: attempt.openFrom };
    refuseOutOfTurn(attempt, input.position);
    const items = await tx.attemptItem.count({ where: { attemptId: attempt.id } });
    if (input.position >= items) throw new AppError('NOT_FOUND', 'No such question in this attempt.');
    await tx.quizAttempt.update({ where: { id: attempt.id }, data: { openFrom: input.position + 1 } });
    return { openFrom: input.position + 1 };
  });
  if (outcome === 'expired') throw new AppError('CONFLICT', timeIsUpMessage);
  return outcome;
}
