import type { CourseBlueprint } from '../courses/queries';
import { addDays } from '../dashboard/day-keys';
import { objectiveMastery, practiceTotals } from '../dashboard/mastery';
import { examReadiness, type ExamReadiness } from '../dashboard/readiness';
import type { Db } from '../db/client';
import { learnerDayOf, type LearnerDay } from '../srs/learner-day';
import type { SrsSettingsValue } from '../srs/settings';
import { dailyPlan, type DailyPlan } from './daily-plan';
import { daysLeft, examPhase, examWindow, type ExamPhase, type ExamWindow } from './exam-window';
import { newCardPace } from './pacing';
import { recallOnDate } from './recall-on-date';
import { rollUpRecall, type BlueprintRecall } from './recall-rollup';
import { showingsBeforeExam } from './reviews-per-new-card';
import type { StudyPlanValue } from './study-plan';
import { unstudiedQuestions } from './unstudied';

export type ExamPlanView = {
  examDate: string;
  daysLeft: number;
  phase: ExamPhase;
  minutesPerDay: number | null;
  /** The learner's desired retention: the recall on the date the plan aims for. */
  target: number;
  recall: BlueprintRecall;
  /** The readiness estimate with each card's recall taken at the exam instead of now. */
  readiness: ExamReadiness;
  unstudied: number;
  plan: DailyPlan | null;
};

/** A learner takes about this long per card before their own timings say otherwise. */
const defaultSecondsPerCard = 30;

/** The dashboard's exam-date panel: recall and score band on the date, and the plan to get there. */
export async function loadExamPlan(
  db: Db,
  input: { userId: string; blueprint: CourseBlueprint; plan: StudyPlanValue & { examDate: string }; settings: SrsSettingsValue; today: LearnerDay; now: Date },
): Promise<ExamPlanView> {
  const { userId, blueprint, settings, today, now } = input;
  const courseId = blueprint.id;
  const exam = examWindow(input.plan.examDate, settings);
  const days = daysLeft(today.key, exam.examDate);
  const [recallRows, mastery, totals, unstudied, due, secondsPerCard, weights] = await Promise.all([
    recallOnDate(db, { userId, courseId, at: exam.examDay.start }),
    objectiveMastery(db, { userIds: [userId], courseId, now: exam.examDay.start }),
    practiceTotals(db, { userIds: [userId], courseId }),
    unstudiedQuestions(db, userId, courseId),
    dueBeforeExam(db, { userId, courseId, exam, now }),
    learnerSecondsPerCard(db, userId, courseId),
    fittedWeights(db, userId, courseId),
  ]);
  const pace = newCardPace({ unstudied, daysLeft: days });
  // Each new card's showings depend on how long before the exam it is introduced: averaged over the introduction days.
  const showings = Array.from({ length: pace.introduceDays }, (_, i) =>
    showingsBeforeExam(settings, weights, learnerDayOf(addDays(today.key, i), settings.timeZone, settings.dayStartHour).start, exam),
  );
  return {
    examDate: exam.examDate,
    daysLeft: days,
    phase: examPhase(days),
    minutesPerDay: input.plan.minutesPerDay,
    target: settings.desiredRetention,
    recall: rollUpRecall(blueprint, recallRows),
    readiness: examReadiness(blueprint, mastery.get(userId)!, blueprint, totals.get(userId)!),
    unstudied,
    plan: dailyPlan({
      todayKey: today.key,
      daysLeft: days,
      unstudied,
      dueBeforeEve: due.beforeEve,
      dueOnEve: due.onEve,
      showingsPerNewCard: showings.length > 0 ? showings.reduce((a, b) => a + b, 0) / showings.length : 0,
      secondsPerCard,
      minutesPerDay: input.plan.minutesPerDay,
    }),
  };
}

/** Reviewed cards of the course falling due before the eve, and on it (with the ones the exam rule will bring forward to it). */
async function dueBeforeExam(db: Db, input: { userId: string; courseId: string; exam: ExamWindow; now: Date }) {
  const { exam, now } = input;
  const [row] = await db.$queryRaw<Array<{ beforeEve: number; onEve: number }>>`
    SELECT count(*) FILTER (WHERE c.due < ${exam.eve.start})::int AS "beforeEve",
      count(*) FILTER (WHERE c.due >= ${exam.eve.start} AND (c.due < ${exam.examDay.start} OR ${now < exam.eve.start}))::int AS "onEve"
    FROM "Card" c JOIN "Question" q ON q.id = c."questionId" AND q."archivedAt" IS NULL
    WHERE c."userId" = ${input.userId} AND NOT c.suspended AND c.state <> 0
      AND EXISTS (SELECT 1 FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
                  WHERE qo."questionId" = c."questionId" AND o."courseId" = ${input.courseId})`;
  return row;
}

async function learnerSecondsPerCard(db: Db, userId: string, courseId: string): Promise<number> {
  const sums = await db.studyDay.aggregate({ where: { userId, courseId }, _sum: { reviews: true, durationMs: true } });
  const reviews = sums._sum.reviews ?? 0;
  const ms = sums._sum.durationMs ?? 0;
  return reviews > 0 && ms > 0 ? ms / reviews / 1000 : defaultSecondsPerCard;
}

/** The weights that schedule the learner's cards of the course (their own, else the course's), as weightsFor picks them. */
async function fittedWeights(db: Db, userId: string, courseId: string): Promise<number[] | undefined> {
  const own = await db.srsParameters.findFirst({ where: { scope: `user:${userId}` }, orderBy: { createdAt: 'desc' }, select: { weights: true } });
  if (own) return own.weights;
  const course = await db.srsParameters.findFirst({ where: { scope: `course:${courseId}` }, orderBy: { createdAt: 'desc' }, select: { weights: true } });
  return course?.weights;
}
