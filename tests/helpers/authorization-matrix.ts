import type { Viewer } from '../../lib/auth/roles';
import type { People } from './people';

/**
 * Who may use what. Every page, route handler and server action under app/ must have a row:
 * the matrix tests list app/ themselves and fail on anything missing here.
 */
export const personas = ['anonymous', 'learner', 'otherLearner', 'otherInstructor', 'instructor', 'admin'] as const;
export type Persona = (typeof personas)[number];

/** allow: served; signin: sent to the sign-in page; 400/401/403/404/422: refused with that status. */
export type Outcome = 'allow' | 'signin' | 400 | 401 | 403 | 404 | 422;
type Row = Record<Persona, Outcome>;

const everyone: Row = { anonymous: 'allow', learner: 'allow', otherLearner: 'allow', otherInstructor: 'allow', instructor: 'allow', admin: 'allow' };
const signedInPage: Row = { ...everyone, anonymous: 'signin' };
const signedInRoute: Row = { ...everyone, anonymous: 401 };
const instructorPage: Row = { ...signedInPage, learner: 403, otherLearner: 403 };
/** The cohort belongs to `instructor`; another instructor must not learn that it exists. */
const ownCohortPage: Row = { ...instructorPage, otherInstructor: 404 };
const adminPage: Row = { ...instructorPage, otherInstructor: 403, instructor: 403 };
/** An LTI endpoint given no valid launch: the same refusal for everyone, whoever is signed in. */
const lmsRefusal: Row = { anonymous: 400, learner: 400, otherLearner: 400, otherInstructor: 400, instructor: 400, admin: 400 };
/** The attempt is the learner's: nobody else, admins included, may open it. */
const ownAttemptPage: Row = { anonymous: 'signin', learner: 'allow', otherLearner: 404, otherInstructor: 404, instructor: 404, admin: 404 };

/** The learner's lesson quiz and drill run, for the pages only their owner may open. */
export type OwnedRuns = { attemptId: string; drillRunId: string };

export type PageRow = { file: string; path: (people: People & OwnedRuns) => string; method?: 'POST'; body?: unknown; expect: Row };

export const pageAndRouteMatrix: PageRow[] = [
  { file: 'app/page.tsx', path: () => '/', expect: everyone },
  { file: 'app/search/page.tsx', path: () => '/search?q=vlan', expect: everyone },
  { file: 'app/courses/[courseId]/page.tsx', path: () => '/courses/ccna-200-301', expect: everyone },
  { file: 'app/chapters/[chapterId]/page.tsx', path: () => '/chapters/chapter-001-virtualization-cloud', expect: everyone },
  { file: 'app/lessons/[lessonId]/page.tsx', path: () => '/lessons/lesson-001-virtualization-fundamentals', expect: everyone },
  { file: 'app/signin/page.tsx', path: () => '/signin', expect: everyone },
  { file: 'app/signup/page.tsx', path: () => '/signup', expect: everyone },
  { file: 'app/account/page.tsx', path: () => '/account', expect: signedInPage },
  { file: 'app/cohorts/page.tsx', path: () => '/cohorts', expect: signedInPage },
  { file: 'app/instructor/cohorts/page.tsx', path: () => '/instructor/cohorts', expect: instructorPage },
  { file: 'app/instructor/cohorts/[cohortId]/page.tsx', path: (p) => `/instructor/cohorts/${p.cohort.id}`, expect: ownCohortPage },
  { file: 'app/instructor/page.tsx', path: () => '/instructor', expect: instructorPage },
  {
    file: 'app/instructor/cohorts/[cohortId]/learners/[userId]/page.tsx',
    path: (p) => `/instructor/cohorts/${p.cohort.id}/learners/${p.learner.id}`,
    expect: ownCohortPage,
  },
  // Every instructor may open a course's item analysis; it only ever counts their own cohorts.
  { file: 'app/instructor/courses/[courseId]/items/page.tsx', path: (p) => `/instructor/courses/${p.courseId}/items`, expect: instructorPage },
  {
    file: 'app/api/instructor/cohorts/[cohortId]/gradebook/route.ts',
    path: (p) => `/api/instructor/cohorts/${p.cohort.id}/gradebook`,
    expect: { ...signedInRoute, learner: 403, otherLearner: 403, otherInstructor: 404 },
  },
  {
    file: 'app/api/instructor/courses/[courseId]/items/route.ts',
    path: (p) => `/api/instructor/courses/${p.courseId}/items`,
    expect: { ...signedInRoute, learner: 403, otherLearner: 403 },
  },
  { file: 'app/practice/page.tsx', path: () => '/practice', expect: signedInPage },
  { file: 'app/exam/page.tsx', path: () => '/exam', expect: signedInPage },
  { file: 'app/attempts/[attemptId]/page.tsx', path: (p) => `/attempts/${p.attemptId}`, expect: ownAttemptPage },
  { file: 'app/drill/page.tsx', path: () => '/drill', expect: signedInPage },
  { file: 'app/drill/[runId]/page.tsx', path: (p) => `/drill/${p.drillRunId}`, expect: ownAttemptPage },
  { file: 'app/review/page.tsx', path: () => '/review', expect: signedInPage },
  { file: 'app/dashboard/page.tsx', path: () => '/dashboard', expect: signedInPage },
  { file: 'app/welcome/page.tsx', path: () => '/welcome', expect: signedInPage },
  { file: 'app/review/settings/page.tsx', path: () => '/review/settings', expect: signedInPage },
  { file: 'app/review/suspended/page.tsx', path: () => '/review/suspended', expect: signedInPage },
  { file: 'app/admin/users/page.tsx', path: () => '/admin/users', expect: adminPage },
  { file: 'app/author/questions/page.tsx', path: () => '/author/questions', expect: instructorPage },
  { file: 'app/author/questions/new/page.tsx', path: () => '/author/questions/new?lesson=lesson-003-virtual-switching', expect: instructorPage },
  { file: 'app/author/questions/[questionId]/page.tsx', path: () => '/author/questions/l03-vswitch-portfast', expect: instructorPage },
  { file: 'app/author/questions/[questionId]/history/page.tsx', path: () => '/author/questions/l03-vswitch-portfast/history', expect: instructorPage },
  { file: 'app/author/upload/questions/page.tsx', path: () => '/author/upload/questions', expect: instructorPage },
  { file: 'app/author/page.tsx', path: () => '/author', expect: instructorPage },
  { file: 'app/author/lessons/new/page.tsx', path: () => '/author/lessons/new', expect: instructorPage },
  { file: 'app/author/lessons/[lessonId]/page.tsx', path: () => '/author/lessons/lesson-001-virtualization-fundamentals', expect: instructorPage },
  {
    file: 'app/author/lessons/[lessonId]/history/page.tsx',
    path: () => '/author/lessons/lesson-001-virtualization-fundamentals/history',
    expect: instructorPage,
  },
  { file: 'app/author/upload/page.tsx', path: () => '/author/upload', expect: instructorPage },
  { file: 'app/author/upload/lesson/page.tsx', path: () => '/author/upload/lesson', expect: instructorPage },
  { file: 'app/author/audit/page.tsx', path: () => '/author/audit', expect: instructorPage },
  { file: 'app/author/coverage/page.tsx', path: () => '/author/coverage', expect: instructorPage },
  { file: 'app/api/health/route.ts', path: () => '/api/health', expect: everyone },
  { file: 'app/api/auth/[...nextauth]/route.ts', path: () => '/api/auth/session', expect: everyone },
  { file: 'app/api/account/export/route.ts', path: () => '/api/account/export', expect: signedInRoute },
  // Signed-in callers get past the session check to input validation (422); visitors do not (401).
  {
    file: 'app/api/reviews/route.ts',
    path: () => '/api/reviews',
    method: 'POST',
    body: {},
    expect: { anonymous: 401, learner: 422, otherLearner: 422, otherInstructor: 422, instructor: 422, admin: 422 },
  },
  {
    file: 'app/api/drill/[runId]/answers/route.ts',
    path: (p) => `/api/drill/${p.drillRunId}/answers`,
    method: 'POST',
    body: {},
    expect: { anonymous: 401, learner: 422, otherLearner: 422, otherInstructor: 422, instructor: 422, admin: 422 },
  },
  // GET reads a page of the caller's own upload; nobody has one with a random id.
  {
    file: 'app/api/author/question-uploads/route.ts',
    path: () => `/api/author/question-uploads?id=${crypto.randomUUID()}&page=1`,
    expect: { ...signedInRoute, learner: 403, otherLearner: 403, otherInstructor: 404, instructor: 404, admin: 404 },
  },
  // Instructors get past the role check to the image check (an empty JSON object is no image): 422.
  {
    file: 'app/api/author/images/route.ts',
    path: () => '/api/author/images',
    method: 'POST',
    body: {},
    expect: { anonymous: 401, learner: 403, otherLearner: 403, otherInstructor: 422, instructor: 422, admin: 422 },
  },
  // Images are public like lessons: everyone gets the same answer, here for an image nobody stored.
  {
    file: 'app/media/[name]/route.ts',
    path: () => `/media/${'0'.repeat(64)}-1x1.png`,
    expect: { anonymous: 404, learner: 404, otherLearner: 404, otherInstructor: 404, instructor: 404, admin: 404 },
  },
  { file: 'app/api/lessons/[lessonId]/progress/route.ts', path: () => '/api/lessons/lesson-001-virtualization-fundamentals/progress', expect: signedInRoute },
  { file: 'app/admin/lti/page.tsx', path: () => '/admin/lti', expect: adminPage },
  // LTI: the LMS and the browser it sends are nobody's session; the signed launch is the credential.
  { file: 'app/lti/error/page.tsx', path: () => '/lti/error?reason=EXPIRED', expect: everyone },
  { file: 'app/lti/launched/page.tsx', path: () => `/lti/launched?ticket=${crypto.randomUUID()}`, expect: everyone },
  { file: 'app/api/lti/jwks/route.ts', path: () => '/api/lti/jwks', expect: everyone },
  { file: 'app/api/lti/login/route.ts', path: () => '/api/lti/login?iss=https%3A%2F%2Fnot-registered.example&login_hint=x', expect: lmsRefusal },
  { file: 'app/api/lti/launch/route.ts', path: () => '/api/lti/launch', method: 'POST', body: {}, expect: lmsRefusal },
  { file: 'app/api/lti/continue/route.ts', path: () => `/api/lti/continue?ticket=${crypto.randomUUID()}`, expect: lmsRefusal },
];

/** A lesson quiz of `learner`, a valid answer to its first item (in the browser's tokens), one of the learner's cards with an answer, a drill run of `learner`, and a pending question upload of `instructor`. */
export type AttemptFixture = {
  attemptId: string;
  /** A submitted lesson quiz of `learner`, nothing answered. */
  submittedAttemptId: string;
  /** A Cisco-style exam of `learner`, on its first question. */
  ciscoExamId: string;
  firstAnswer: unknown;
  cardId: string;
  cardReps: number;
  cardAnswer: unknown;
  drillRunId: string;
  uploadId: string;
};

export type ActionRow = { action: string; input: (people: People & AttemptFixture, self: Viewer | null) => unknown; expect: Record<Persona, 'allow' | 'deny'> };

const anyoneSignedIn = { anonymous: 'deny', learner: 'allow', otherLearner: 'allow', otherInstructor: 'allow', instructor: 'allow', admin: 'allow' } as const;
const instructors = { ...anyoneSignedIn, learner: 'deny', otherLearner: 'deny' } as const;
const cohortOwner = { ...instructors, otherInstructor: 'deny' } as const;
const admins = { ...cohortOwner, instructor: 'deny' } as const;
const attemptOwner = { anonymous: 'deny', learner: 'allow', otherLearner: 'deny', otherInstructor: 'deny', instructor: 'deny', admin: 'deny' } as const;

const authoredLesson = 'lesson-003-virtual-switching';
const authoredQuestionId = 'l03-vswitch-portfast';
const authoredQuestion = (id: string) => ({
  id,
  type: 'truefalse',
  stem: 'A virtual switch runs in the hypervisor.',
  answer: true,
  explanation: 'It is software in the hypervisor.',
});

const noBase = { draftUpdatedAt: null, lessonUpdatedAt: null };
/** A valid new lesson with an id of its own, so every allowed persona can publish one. */
const newLessonSource = () =>
  `---\nid: lesson-matrix-${Math.random().toString(36).slice(2, 10)}\ntitle: Matrix\nchapterId: chapter-001-virtualization-cloud\norder: ${100 + Math.floor(Math.random() * 1e6)}\nduration: 5\nobjectives:\n  - Be refused or allowed\n---\nBody.\n`;

/** Server actions, as `<file>#<export>`, with an input that is valid for the persona being tried. */
export const actionMatrix: ActionRow[] = [
  {
    action: 'app/signup/actions.ts#signUpAction',
    input: () => ({ email: `new-${Math.random().toString(36).slice(2)}@example.com`, password: 'a long enough passphrase' }),
    expect: { anonymous: 'allow', learner: 'allow', otherLearner: 'allow', otherInstructor: 'allow', instructor: 'allow', admin: 'allow' },
  },
  {
    action: 'app/account/actions.ts#changePasswordAction',
    input: () => ({ current: 'a long test passphrase', next: 'another long passphrase' }),
    expect: anyoneSignedIn,
  },
  { action: 'app/account/actions.ts#deleteAccountAction', input: (_, self) => ({ confirmEmail: self?.email ?? 'nobody@example.com' }), expect: anyoneSignedIn },
  {
    action: 'app/cohorts/actions.ts#joinCohortAction',
    input: (p) => ({ code: p.otherCohort.inviteCode }),
    expect: { ...anyoneSignedIn, otherInstructor: 'deny' },
  },
  {
    action: 'app/cohorts/actions.ts#leaveCohortAction',
    input: (p) => ({ cohortId: p.cohort.id }),
    expect: { ...anyoneSignedIn, otherLearner: 'deny', otherInstructor: 'deny', instructor: 'deny', admin: 'deny' },
  },
  { action: 'app/instructor/cohorts/actions.ts#createCohortAction', input: (p) => ({ name: 'New', courseId: p.courseId }), expect: instructors },
  { action: 'app/instructor/cohorts/actions.ts#removeMemberAction', input: (p) => ({ cohortId: p.cohort.id, userId: p.learner.id }), expect: cohortOwner },
  { action: 'app/instructor/cohorts/actions.ts#renewInviteCodeAction', input: (p) => ({ cohortId: p.cohort.id }), expect: cohortOwner },
  { action: 'app/instructor/cohorts/actions.ts#deleteCohortAction', input: (p) => ({ cohortId: p.cohort.id }), expect: cohortOwner },
  { action: 'app/attempts/actions.ts#startLessonQuizAction', input: () => ({ lessonId: 'lesson-001-virtualization-fundamentals' }), expect: anyoneSignedIn },
  { action: 'app/attempts/actions.ts#startPracticeAction', input: () => ({ courseId: 'ccna-200-301', count: 5 }), expect: anyoneSignedIn },
  { action: 'app/attempts/actions.ts#startExamAction', input: () => ({ courseId: 'ccna-200-301', length: 5 }), expect: anyoneSignedIn },
  { action: 'app/attempts/actions.ts#answerAction', input: (p) => ({ attemptId: p.attemptId, position: 0, response: p.firstAnswer }), expect: attemptOwner },
  { action: 'app/attempts/actions.ts#confirmAction', input: (p) => ({ attemptId: p.ciscoExamId, position: 0 }), expect: attemptOwner },
  { action: 'app/attempts/actions.ts#flagAction', input: (p) => ({ attemptId: p.attemptId, position: 0, flagged: true }), expect: attemptOwner },
  { action: 'app/attempts/actions.ts#practiseMissedAction', input: (p) => ({ attemptId: p.submittedAttemptId }), expect: attemptOwner },
  { action: 'app/attempts/actions.ts#submitAction', input: (p) => ({ attemptId: p.attemptId }), expect: attemptOwner },
  {
    action: 'app/drill/actions.ts#startDrillAction',
    input: () => ({ generators: [{ generator: 'ipv4-subnet-facts' }], preset: null }),
    expect: anyoneSignedIn,
  },
  { action: 'app/drill/actions.ts#nextDrillProblemAction', input: (p) => ({ runId: p.drillRunId }), expect: attemptOwner },
  // Any typed text: a wrong or malformed answer is a result too; only the run's owner gets one.
  { action: 'app/drill/actions.ts#answerDrillAction', input: (p) => ({ runId: p.drillRunId, position: 0, text: '10.0.0.0' }), expect: attemptOwner },
  { action: 'app/drill/actions.ts#finishDrillAction', input: (p) => ({ runId: p.drillRunId }), expect: attemptOwner },
  {
    action: 'app/review/actions.ts#checkReviewAnswerAction',
    input: (p) => ({ cardId: p.cardId, reps: p.cardReps, response: p.cardAnswer }),
    expect: attemptOwner,
  },
  {
    action: 'app/review/actions.ts#rateReviewAction',
    input: (p) => ({ reviewId: crypto.randomUUID(), cardId: p.cardId, reps: p.cardReps, response: p.cardAnswer, rating: 3 }),
    expect: attemptOwner,
  },
  {
    action: 'app/dashboard/actions.ts#saveStudyPlanAction',
    input: (p) => ({ courseId: p.courseId, examDate: null, minutesPerDay: 20 }),
    expect: anyoneSignedIn,
  },
  { action: 'app/review/actions.ts#undoReviewAction', input: () => ({ reviewId: crypto.randomUUID() }), expect: anyoneSignedIn },
  { action: 'app/review/actions.ts#restoreCardAction', input: (p) => ({ cardId: p.cardId }), expect: { ...attemptOwner, learner: 'deny' } },
  { action: 'app/review/actions.ts#saveReviewSettingsAction', input: () => ({ scope: '*', settings: { newPerDay: 5 } }), expect: anyoneSignedIn },
  { action: 'app/review/actions.ts#clearCourseReviewSettingsAction', input: () => ({ courseId: 'ccna-200-301' }), expect: anyoneSignedIn },
  { action: 'app/review/actions.ts#optimizeMyScheduleAction', input: () => ({}), expect: anyoneSignedIn },
  { action: 'app/review/actions.ts#optimizeCourseAction', input: (p) => ({ courseId: p.courseId }), expect: instructors },
  { action: 'app/review/actions.ts#reviewSummaryAction', input: () => ({ courseId: null }), expect: anyoneSignedIn },
  { action: 'app/admin/users/actions.ts#setRoleAction', input: (p) => ({ userId: p.learner.id, role: 'INSTRUCTOR' }), expect: admins },
  // Question authoring: a learner's (or a visitor's) direct call to every action is refused.
  {
    action: 'app/author/questions/actions.ts#saveQuestionDraftAction',
    input: () => ({ lessonId: authoredLesson, questionId: null, draftId: null, entry: { type: 'single' }, baseUpdatedAt: null }),
    expect: instructors,
  },
  { action: 'app/author/questions/actions.ts#discardQuestionDraftAction', input: () => ({ draftId: crypto.randomUUID() }), expect: instructors },
  {
    action: 'app/author/questions/actions.ts#previewQuestionAction',
    input: () => ({ lessonId: authoredLesson, entry: authoredQuestion('preview') }),
    expect: instructors,
  },
  {
    action: 'app/author/questions/actions.ts#publishQuestionAction',
    input: () => ({ lessonId: authoredLesson, questionId: null, draftId: null, entry: authoredQuestion(`matrix-${Math.random().toString(36).slice(2)}`) }),
    expect: instructors,
  },
  {
    action: 'app/author/questions/actions.ts#restoreQuestionVersionAction',
    input: () => ({ questionId: authoredQuestionId, version: 1 }),
    expect: instructors,
  },
  { action: 'app/author/questions/actions.ts#archiveQuestionAction', input: () => ({ questionId: authoredQuestionId, archived: false }), expect: instructors },
  // An upload is its uploader's alone: another instructor (or an admin) is told it does not exist.
  {
    action: 'app/author/upload/questions/actions.ts#confirmQuestionUploadAction',
    input: (p) => ({ uploadId: p.uploadId, as: 'publish' }),
    expect: { ...cohortOwner, admin: 'deny' },
  },
  // Lesson authoring: a learner's (or a visitor's) direct call to every action is refused.
  {
    action: 'app/author/lessons/actions.ts#saveLessonDraftAction',
    input: () => ({ lessonId: null, draftId: null, source: newLessonSource(), base: noBase }),
    expect: instructors,
  },
  { action: 'app/author/lessons/actions.ts#discardLessonDraftAction', input: () => ({ draftId: crypto.randomUUID() }), expect: instructors },
  { action: 'app/author/lessons/actions.ts#previewLessonAction', input: () => ({ lessonId: null, source: newLessonSource() }), expect: instructors },
  {
    action: 'app/author/lessons/actions.ts#publishLessonAction',
    input: () => ({ lessonId: null, draftId: null, source: newLessonSource(), base: noBase }),
    expect: instructors,
  },
  {
    action: 'app/author/lessons/actions.ts#restoreRevisionAction',
    input: () => ({ lessonId: 'lesson-001-virtualization-fundamentals', number: 1 }),
    expect: instructors,
  },
  { action: 'app/author/lessons/actions.ts#giveBackToFileAction', input: () => ({ lessonId: 'lesson-001-virtualization-fundamentals' }), expect: instructors },
  {
    action: 'app/author/upload/lesson/actions.ts#previewLessonUploadAction',
    input: () => ({ fileName: 'upload.md', text: newLessonSource() }),
    expect: instructors,
  },
  {
    action: 'app/author/upload/lesson/actions.ts#confirmLessonUploadAction',
    input: () => ({ fileName: 'upload.md', text: newLessonSource(), publish: false }),
    expect: instructors,
  },
];
