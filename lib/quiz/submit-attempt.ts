import type { Db } from '../db/client';
import { gradeAttempt } from './grade-attempt';
import { lockAttempt } from './lock-attempt';
import { recordLmsScore } from '../lti/record-score';
import { queueScoreDelivery } from '../lti/score-jobs';

const submitTimeoutMs = 60_000;

/**
 * Submits and grades an attempt. Idempotent: a second submit (double click, retry, the timer and
 * the button at once) finds it submitted and changes nothing.
 */
export async function submitAttempt(db: Db, userId: string, attemptId: string, now: Date): Promise<{ alreadySubmitted: boolean }> {
  const { alreadySubmitted, forLms } = await db.$transaction(
    async (tx) => {
      const attempt = await lockAttempt(tx, userId, attemptId);
      if (attempt.status === 'SUBMITTED') return { alreadySubmitted: true, forLms: false };
      const courseId = (await tx.quizAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { courseId: true } })).courseId;
      await gradeAttempt(tx, attemptId, { userId, expired: attempt.deadline !== null && attempt.deadline <= now, now, courseId });
      // An attempt opened from a graded LMS link: its score is stored for the LMS with the grading itself.
      return { alreadySubmitted: false, forLms: await recordLmsScore(tx, attemptId, now) };
    },
    // Grading a 90-item exam feeds the scheduler item by item. Under an exam-day spike that ran past
    // Prisma's 5 s default, and a submit that times out fails again on every retry.
    { timeout: submitTimeoutMs },
  );
  if (forLms) await queueScoreDelivery(attemptId);
  return { alreadySubmitted };
}

/** Exams whose time ran out while nobody was looking are submitted when next opened. */
export async function submitIfExpired(db: Db, userId: string, attempt: { id: string; status: string; deadline: Date | null }, now: Date): Promise<boolean> {
  if (attempt.status !== 'IN_PROGRESS' || !attempt.deadline || attempt.deadline > now) return false;
  await submitAttempt(db, userId, attempt.id, now);
  return true;
}
