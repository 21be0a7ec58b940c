import { addDays } from '../dashboard/day-keys';
import type { Prisma } from '../db/generated/client';
import type { LearnerDay } from '../srs/learner-day';
import type { SrsSettingsValue } from '../srs/settings';
import { examWindow, type ExamWindow } from './exam-window';

/**
 * The learner's next exam that can still bring a review of this question forward: the earliest
 * date among the courses the question belongs to, at least two days away (from the eve on, the
 * exam rule leaves intervals alone). Null when there is none.
 */
export async function examForQuestion(
  tx: Pick<Prisma.TransactionClient, '$queryRaw'>,
  input: { userId: string; questionId: string; today: LearnerDay; settings: SrsSettingsValue },
): Promise<ExamWindow | null> {
  const [row] = await tx.$queryRaw<Array<{ examDate: string }>>`
    SELECT min(sp."examDate")::text AS "examDate" FROM "StudyPlan" sp
    WHERE sp."userId" = ${input.userId} AND sp."examDate" >= ${addDays(input.today.key, 2)}::date
      AND sp."courseId" IN (SELECT o."courseId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE qo."questionId" = ${input.questionId})`;
  return row?.examDate ? examWindow(row.examDate, input.settings) : null;
}
