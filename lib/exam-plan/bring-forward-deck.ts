import type { Db } from '../db/client';
import type { ExamWindow } from './exam-window';

/**
 * Applies the exam rule to cards scheduled before the date was set or changed: reviewed cards of
 * the course due on or after the exam day are brought forward to its eve. Moving the date later
 * or clearing it leaves them where they are (one review early does no harm; the next review
 * schedules normally). Returns how many moved.
 */
export async function bringDeckForward(db: Db, input: { userId: string; courseId: string; exam: ExamWindow; now: Date }): Promise<number> {
  if (input.now >= input.exam.eve.start) return 0;
  return db.$executeRaw`
    UPDATE "Card" c SET due = ${input.exam.eve.start},
      "scheduledDays" = GREATEST(0, floor((${input.exam.eve.start.getTime() / 1000}::float8 - extract(epoch FROM c."lastReview")) / 86400))::int
    WHERE c."userId" = ${input.userId} AND c.state <> 0 AND c."lastReview" IS NOT NULL AND c.due >= ${input.exam.examDay.start}
      AND EXISTS (SELECT 1 FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
                  WHERE qo."questionId" = c."questionId" AND o."courseId" = ${input.courseId})`;
}
