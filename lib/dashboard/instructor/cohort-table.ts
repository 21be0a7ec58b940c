import type { Viewer } from '../../auth/roles';
import { getManagedCohort } from '../../cohorts/cohorts';
import { getCourseBlueprint } from '../../courses/queries';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { objectiveMastery, practiceTotals } from '../mastery';
import { masteryByDomain } from '../mastery-summary';
import { examReadiness, type ExamReadiness } from '../readiness';
import { atRiskReasons, type AtRiskReason } from './at-risk';
import { examSummaries, lessonCompletion, overdueCards, reviewsLastWeek, type ExamSummary } from './learner-facts';

export type DomainMastery = { code: string; title: string; recall: number | null };

export type LearnerRow = {
  userId: string;
  name: string | null;
  email: string;
  joinedAt: string;
  completedLessons: number;
  /** Completed ÷ published lessons of the course, 0..1. */
  progress: number;
  readiness: ExamReadiness;
  lastActiveAt: string | null;
  reviewsLast7Days: number;
  overdueCards: number;
  exams: ExamSummary;
  /** Mean FSRS predicted recall of the reviewed cards of each blueprint domain, now. */
  domains: DomainMastery[];
  atRisk: AtRiskReason[];
};

export type CohortTable = {
  cohort: { id: string; name: string; inviteCode: string };
  course: { id: string; name: string; shortName: string; passMark: number | null; scaleMin: number | null; scaleMax: number | null };
  totalLessons: number;
  domains: Array<{ code: string; title: string }>;
  learners: LearnerRow[];
};

/** The instructor's table of a cohort: one row per learner, in a fixed number of queries whatever the cohort's size. */
export async function cohortTable(db: Db, viewer: Viewer, cohortId: string, now: Date): Promise<CohortTable> {
  const cohort = await getManagedCohort(db, viewer, cohortId);
  const courseId = cohort.course.id;
  const userIds = cohort.members.map((m) => m.user.id);
  const [blueprint, mastery, totals, completion, reviews, overdue, exams] = await Promise.all([
    getCourseBlueprint(db, courseId),
    objectiveMastery(db, { userIds, courseId, now }),
    practiceTotals(db, { userIds, courseId }),
    lessonCompletion(db, userIds, courseId),
    reviewsLastWeek(db, userIds, courseId, now),
    overdueCards(db, userIds, courseId, now),
    examSummaries(db, userIds, courseId),
  ]);
  if (!blueprint) throw new AppError('NOT_FOUND', 'No such course.');
  const learners = cohort.members.map(({ user, joinedAt }): LearnerRow => {
    const objectives = mastery.get(user.id) ?? [];
    const readiness = examReadiness(blueprint, objectives, blueprint, totals.get(user.id)!);
    const completed = completion.completed.get(user.id) ?? 0;
    const overdueCount = overdue.get(user.id) ?? 0;
    return {
      userId: user.id,
      name: user.name,
      email: user.email,
      joinedAt: joinedAt.toISOString(),
      completedLessons: completed,
      progress: completion.total > 0 ? completed / completion.total : 0,
      readiness,
      lastActiveAt: user.lastActiveAt?.toISOString() ?? null,
      reviewsLast7Days: reviews.get(user.id) ?? 0,
      overdueCards: overdueCount,
      exams: exams.get(user.id) ?? { attempts: 0, bestScore: null, bestScaledScore: null },
      domains: masteryByDomain(blueprint, objectives, new Map()).map((d) => ({ code: d.code, title: d.title, recall: d.meanRetrievability })),
      atRisk: atRiskReasons({ lastActiveAt: user.lastActiveAt, verdict: readiness.verdict, overdueCards: overdueCount }, now),
    };
  });
  return {
    cohort: { id: cohort.id, name: cohort.name, inviteCode: cohort.inviteCode },
    course: {
      id: blueprint.id,
      name: blueprint.name,
      shortName: blueprint.shortName,
      passMark: blueprint.passMark,
      scaleMin: blueprint.scaleMin,
      scaleMax: blueprint.scaleMax,
    },
    totalLessons: completion.total,
    domains: blueprint.domains.map((d) => ({ code: d.code, title: d.title })),
    learners,
  };
}
