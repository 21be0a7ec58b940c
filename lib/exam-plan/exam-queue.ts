import { getCourseBlueprint } from '../courses/queries';
import { learnerDecaySql, retrievabilitySql } from '../dashboard/retrievability-sql';
import { objectiveWeights } from '../dashboard/readiness';
import type { Db } from '../db/client';
import { Prisma } from '../db/generated/client';
import type { LearnerDay } from '../srs/learner-day';
import type { SrsSettingsValue } from '../srs/settings';
import { daysLeft, examPhase, examWindow } from './exam-window';
import { newCardPace } from './pacing';
import { studyPlanFor } from './study-plan';
import { unstudiedQuestions } from './unstudied';

/** How an exam date changes a course's review queue today; null when it does not (no date, or the exam day has come). */
export type ExamQueueRules = {
  /** Today's new-card limit: the learner's own, or the pace that introduces the blueprint in time if that is higher. */
  newPerDay: number;
  /** ORDER BY for due cards (a card as `c`, with the learner's decay joined by `join`). */
  join: Prisma.Sql;
  order: Prisma.Sql;
};

/**
 * Before the exam: new cards at least at the pace that introduces the whole blueprint a week
 * ahead. In the final week: due cards by what a review is worth on the date, the objective's
 * share of the exam × (1 − the card's predicted recall at the exam), most first, so a day cut
 * short by the review limit drops the cards that matter least.
 */
export async function examQueueRules(
  db: Db,
  input: { userId: string; courseId: string; today: LearnerDay; settings: SrsSettingsValue },
): Promise<ExamQueueRules | null> {
  const plan = await studyPlanFor(db, input.userId, input.courseId);
  if (!plan?.examDate) return null;
  const days = daysLeft(input.today.key, plan.examDate);
  const phase = examPhase(days);
  if (phase === 'after' || phase === 'exam-day') return null;
  // The pace is set by what was left when the day began, so it does not fall as the day's new cards are learned.
  const [left, newToday] = await Promise.all([
    unstudiedQuestions(db, input.userId, input.courseId),
    db.reviewLog.count({ where: { userId: input.userId, state: 0, reviewedAt: { gte: input.today.start, lt: input.today.end } } }),
  ]);
  const unstudied = left + newToday;
  const newPerDay = Math.max(input.settings.newPerDay, newCardPace({ unstudied, daysLeft: days }).perDay);
  if (phase !== 'final') return { newPerDay, join: Prisma.empty, order: Prisma.sql`c.due` };
  const blueprint = await getCourseBlueprint(db, input.courseId);
  const weights = blueprint ? objectiveWeights(blueprint) : new Map<string, number>();
  const exam = examWindow(plan.examDate, input.settings);
  const weight = Prisma.sql`COALESCE((
    SELECT max(w.weight) FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
    JOIN unnest(${[...weights.keys()]}::text[], ${[...weights.values()]}::float8[]) AS w(id, weight) ON w.id = COALESCE(o."parentId", o.id)
    WHERE qo."questionId" = c."questionId"), 0)`;
  return {
    newPerDay,
    join: Prisma.sql`CROSS JOIN (${learnerDecaySql([input.userId], input.courseId)}) f`,
    order: Prisma.sql`${weight} * (1 - COALESCE(${retrievabilitySql(exam.examDay.start)}, 0)) DESC, c.due`,
  };
}
