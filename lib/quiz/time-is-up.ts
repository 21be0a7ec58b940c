import type { Prisma } from '../db/generated/client';
import { gradeAttempt } from './grade-attempt';
import type { LockedAttempt } from './lock-attempt';

export const timeIsUpMessage = 'Time is up: your exam was submitted with the answers saved before the deadline.';

/**
 * Submits a locked exam whose deadline has passed, as it stood. The caller refuses its request
 * after the transaction commits, so the submission is kept while the learner is told why.
 */
export async function gradeIfTimeIsUp(tx: Prisma.TransactionClient, attempt: LockedAttempt, userId: string, now: Date): Promise<boolean> {
  if (!attempt.deadline || attempt.deadline > now) return false;
  const { courseId } = await tx.quizAttempt.findUniqueOrThrow({ where: { id: attempt.id }, select: { courseId: true } });
  await gradeAttempt(tx, attempt.id, { userId, expired: true, now, courseId });
  return true;
}
