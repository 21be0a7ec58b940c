import type { Db } from '../db/client';
import { AppError } from '../errors';

/**
 * Every table that holds rows about a user, and the key it appears under in the export.
 * The export test compares this with the database's foreign keys to "User", so a new table
 * of personal data cannot be forgotten here.
 */
export const personalTables = {
  User: 'account',
  Cohort: 'cohortsTaught',
  CohortMember: 'cohortMemberships',
  LessonProgress: 'lessonProgress',
  QuizAttempt: 'quizAttempts',
  Card: 'cards',
  ReviewLog: 'reviewLog',
  SrsSettings: 'reviewSettings',
  SrsParameters: 'fittedParameters',
  OptimizerRun: 'optimizerRuns',
  StudyDay: 'studyDays',
  DrillRun: 'drillRuns',
  StudyPlan: 'studyPlans',
  LessonDraft: 'lessonDrafts',
  LessonRevision: 'lessonRevisions',
  QuestionDraft: 'questionDrafts',
  QuestionUpload: 'questionUploads',
  AuditEntry: 'auditEntries',
  LtiAccountLink: 'lmsAccounts',
  LtiContextMember: 'lmsCourses',
  LtiLaunchTicket: 'lmsLaunches',
  LtiGradeLaunch: 'lmsGradedLinks',
} as const;

/** "Download my data": everything stored about this user, as JSON-ready values (no password hash). */
export async function exportAccountData(db: Db, userId: string) {
  const account = await db.user.findUnique({ where: { id: userId } });
  if (!account) throw new AppError('NOT_FOUND', 'No such account.');
  const [
    cohortsTaught,
    cohortMemberships,
    lessonProgress,
    quizAttempts,
    cards,
    reviewLog,
    reviewSettings,
    fittedParameters,
    optimizerRuns,
    studyDays,
    drillRuns,
    studyPlans,
    lessonDrafts,
    lessonRevisions,
    questionDrafts,
    questionUploads,
    auditEntries,
    lmsAccounts,
    lmsCourses,
    lmsLaunches,
    lmsGradedLinks,
  ] = await Promise.all([
    db.cohort.findMany({ where: { instructorId: userId }, include: { members: { select: { userId: true, joinedAt: true } } } }),
    db.cohortMember.findMany({ where: { userId }, include: { cohort: { select: { name: true, courseId: true } } } }),
    db.lessonProgress.findMany({ where: { userId }, orderBy: { updatedAt: 'asc' } }),
    db.quizAttempt.findMany({
      where: { userId },
      orderBy: { startedAt: 'asc' },
      include: {
        items: {
          orderBy: { position: 'asc' },
          select: {
            position: true,
            questionId: true,
            response: true,
            answeredAt: true,
            durationMs: true,
            correct: true,
            score: true,
            partial: true,
            flagged: true,
          },
        },
      },
    }),
    db.card.findMany({ where: { userId }, orderBy: { createdAt: 'asc' }, omit: { showSalt: true } }),
    db.reviewLog.findMany({ where: { userId }, orderBy: { reviewedAt: 'asc' }, omit: { previous: true } }),
    db.srsSettings.findMany({ where: { userId } }),
    db.srsParameters.findMany({ where: { userId } }),
    db.optimizerRun.findMany({ where: { requestedBy: userId } }),
    db.studyDay.findMany({ where: { userId }, orderBy: [{ day: 'asc' }, { courseId: 'asc' }] }),
    // Seeds stay on the server: an unanswered problem's seed is its answer.
    db.drillRun.findMany({ where: { userId }, orderBy: { startedAt: 'asc' }, include: { items: { orderBy: { position: 'asc' }, omit: { seed: true } } } }),
    // Authoring work stays with the course when the account goes (the author becomes null), but it is theirs to see.
    db.studyPlan.findMany({ where: { userId }, orderBy: { courseId: 'asc' } }),
    db.lessonDraft.findMany({ where: { authorId: userId }, select: { id: true, lessonId: true, updatedAt: true } }),
    db.lessonRevision.findMany({ where: { authorId: userId }, select: { lessonId: true, number: true, kind: true, createdAt: true } }),
    db.questionDraft.findMany({ where: { authorId: userId }, select: { id: true, questionId: true, lessonId: true, updatedAt: true } }),
    // A pending upload is deleted with the account; its questions can be thousands, so only its summary.
    db.questionUpload.findMany({ where: { authorId: userId }, select: { id: true, lessonId: true, fileName: true, questionCount: true, createdAt: true } }),
    db.auditEntry.findMany({ where: { actorId: userId }, orderBy: { createdAt: 'asc' } }),
    db.ltiAccountLink.findMany({ where: { userId }, select: { issuer: true, sub: true, createdAt: true } }),
    db.ltiContextMember.findMany({ where: { userId }, select: { instructor: true, lastLaunch: true, context: { select: { title: true, contextId: true } } } }),
    // The ticket ids are bearer passes: when and where to, not the ids themselves.
    db.ltiLaunchTicket.findMany({ where: { userId }, select: { target: true, expiresAt: true, usedAt: true } }),
    db.ltiGradeLaunch.findMany({ where: { userId }, select: { resourceLinkId: true, kind: true, lessonId: true, launchedAt: true } }),
  ]);
  return {
    exportedAt: new Date().toISOString(),
    format: 'netprep-account-export/1',
    account,
    cohortsTaught,
    cohortMemberships,
    lessonProgress,
    quizAttempts,
    cards,
    reviewLog,
    reviewSettings,
    fittedParameters,
    optimizerRuns,
    studyDays,
    drillRuns,
    studyPlans,
    lessonDrafts,
    lessonRevisions,
    questionDrafts,
    questionUploads,
    auditEntries,
    lmsAccounts,
    lmsCourses,
    lmsLaunches,
    lmsGradedLinks,
  };
}

export type AccountExport = Awaited<ReturnType<typeof exportAccountData>>;
