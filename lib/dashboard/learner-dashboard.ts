import { getCourseBlueprint } from '../courses/queries';
import type { Db } from '../db/client';
import { AppError } from '../errors';
import { loadExamPlan, type ExamPlanView } from '../exam-plan/load-exam-plan';
import { studyPlanFor, type StudyPlanValue } from '../exam-plan/study-plan';
import { learnerDay } from '../srs/learner-day';
import { resolveSettings } from '../srs/settings';
import { domainMastery } from './domain-mastery';
import { examHistory, type ExamSitting } from './exam-history';
import { lessonsByChapter, type ChapterProgress } from './lessons-by-chapter';
import { objectiveMastery, practiceTotals } from './mastery';
import { masteryByDomain, type DomainRow, type LessonLink } from './mastery-summary';
import { examReadiness, type ExamReadiness } from './readiness';
import { reviewForecast, type ReviewForecast } from './review-forecast';
import { reviewsTodayBySource } from './reviews-today';
import { studyHistory, type StudyHistory } from './study-history';
import { weakestLessons, type LessonStanding } from './weakest-lessons';

export type LearnerDashboard = {
  course: { id: string; name: string; shortName: string; passMark: number | null; scaleMin: number | null; scaleMax: number | null };
  today: string;
  timeZone: string;
  dayStartHour: number;
  chapters: ChapterProgress[];
  domains: DomainRow[];
  weakestLessons: LessonStanding[];
  readiness: ExamReadiness;
  forecast: ReviewForecast;
  history: StudyHistory;
  exams: ExamSitting[];
  /** Cards of the course in the learner's deck (not suspended), to tell a newcomer from a learner with nothing due. */
  deckCards: number;
  /** The learner's exam date and minutes a day for the course, and (with a date) the plan toward it. */
  studyPlan: StudyPlanValue | null;
  examPlan: ExamPlanView | null;
  /** Today's reviews (history.reviewsToday) by where they came from. */
  reviewsToday: { sessions: number; answers: number };
};

/** Everything the learner dashboard shows for one course, as plain serialisable data. */
export async function loadLearnerDashboard(db: Db, input: { userId: string; courseId: string; now: Date }): Promise<LearnerDashboard> {
  const { userId, courseId, now } = input;
  const [blueprint, settings, studyPlan] = await Promise.all([
    getCourseBlueprint(db, courseId),
    resolveSettings(db, userId, courseId),
    studyPlanFor(db, userId, courseId),
  ]);
  if (!blueprint) throw new AppError('NOT_FOUND', 'No such course.');
  const today = learnerDay(now, settings.timeZone, settings.dayStartHour);
  const [chapters, mastery, domains, totals, weakest, forecast, history, exams, lessons, deckCards, reviewsToday] = await Promise.all([
    lessonsByChapter(db, userId, courseId),
    objectiveMastery(db, { userIds: [userId], courseId, now }),
    domainMastery(db, { userId, courseId, now }),
    practiceTotals(db, { userIds: [userId], courseId }),
    weakestLessons(db, { userId, courseId, now, limit: 5 }),
    reviewForecast(db, { userId, courseId, today, timeZone: settings.timeZone, dayStartHour: settings.dayStartHour }),
    studyHistory(db, { userId, courseId, today: today.key }),
    examHistory(db, userId, courseId),
    lessonsByObjective(db, courseId),
    deckSize(db, userId, courseId),
    reviewsTodayBySource(db, { userId, courseId, today: today.key }),
  ]);
  const objectives = mastery.get(userId)!;
  const examDate = studyPlan?.examDate;
  const examPlan = examDate ? await loadExamPlan(db, { userId, blueprint, plan: { ...studyPlan, examDate }, settings, today, now }) : null;
  return {
    course: {
      id: blueprint.id,
      name: blueprint.name,
      shortName: blueprint.shortName,
      passMark: blueprint.passMark,
      scaleMin: blueprint.scaleMin,
      scaleMax: blueprint.scaleMax,
    },
    today: today.key,
    timeZone: settings.timeZone,
    dayStartHour: settings.dayStartHour,
    chapters,
    domains: masteryByDomain(blueprint, objectives, lessons, domains),
    weakestLessons: weakest,
    readiness: examReadiness(blueprint, objectives, blueprint, totals.get(userId)!),
    forecast,
    history,
    exams,
    deckCards,
    studyPlan,
    examPlan,
    reviewsToday,
  };
}

async function lessonsByObjective(db: Db, courseId: string): Promise<Map<string, LessonLink[]>> {
  const links = await db.lessonObjective.findMany({
    where: { objective: { courseId }, lesson: { draft: false, archivedAt: null } },
    select: { objectiveId: true, objective: { select: { parentId: true } }, lesson: { select: { id: true, title: true } } },
    orderBy: [{ lesson: { chapter: { order: 'asc' } } }, { lesson: { order: 'asc' } }],
  });
  // A lesson on a sub-objective is listed under its objective, once however many sub-objectives it names.
  const byObjective = new Map<string, LessonLink[]>();
  for (const link of links) {
    const objectiveId = link.objective.parentId ?? link.objectiveId;
    const listed = byObjective.get(objectiveId) ?? [];
    if (!listed.some((l) => l.id === link.lesson.id)) byObjective.set(objectiveId, [...listed, link.lesson]);
  }
  return byObjective;
}

function deckSize(db: Db, userId: string, courseId: string): Promise<number> {
  return db.card.count({ where: { userId, suspended: false, question: { archivedAt: null, objectives: { some: { objective: { courseId } } } } } });
}
