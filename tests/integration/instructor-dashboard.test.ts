import { describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { cohortTable, type LearnerRow } from '../../lib/dashboard/instructor/cohort-table';
import { gradebookCsv } from '../../lib/dashboard/instructor/gradebook-csv';
import { instructorHome } from '../../lib/dashboard/instructor/instructor-home';
import { managedLearner } from '../../lib/dashboard/instructor/learner-drill-down';
import { itemAnalysisCsv } from '../../lib/dashboard/item-analysis-csv';
import type { ItemStats } from '../../lib/dashboard/item-analysis';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

// 16:00 UTC: still 27 November in UTC, but already 05:00 on 28 November in Auckland (UTC+13).
const now = new Date('2026-11-27T16:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

async function seedCourse(db: Db, courseId: string) {
  // Network+ style scale: pass 720 on 100..900, i.e. a fraction of 620/800 = 0.775.
  await db.course.update({ where: { id: courseId }, data: { passMark: 720, scaleMin: 100, scaleMax: 900, questionCount: 90 } });
  await db.domain.create({
    data: {
      id: 'd1',
      courseId,
      code: '1.0',
      title: 'Concepts',
      weight: 100,
      order: 1,
      objectives: { create: { id: 'o1', courseId, code: '1.1', title: 'Objective', order: 1 } },
    },
  });
  await db.chapter.create({ data: { id: 'ch-dash', title: 'Chapter', order: 1, contentHash: 'x', courses: { create: { courseId } } } });
  const lesson = (id: string, order: number, extra: object = {}) => ({
    id,
    chapterId: 'ch-dash',
    title: id,
    order,
    duration: 5,
    html: '',
    toc: [],
    wordCount: 0,
    readingMinutes: 1,
    sourcePath: 'x',
    contentHash: 'x',
    ...extra,
  });
  // Four published lessons; a draft and an archived one do not count.
  await db.lesson.createMany({
    data: [lesson('l1', 1), lesson('l2', 2), lesson('l3', 3), lesson('l4', 4), lesson('l-draft', 5, { draft: true }), lesson('l-gone', 6, { archivedAt: now })],
  });
  const questionIds = Array.from({ length: 60 }, (_, i) => `dq${i}`);
  await db.question.createMany({
    data: questionIds.map((id) => ({ id, lessonId: 'l1', type: 'single', difficulty: 'medium', sourcePath: 'x', contentHash: 'x' })),
  });
  await db.questionObjective.createMany({ data: questionIds.map((questionId) => ({ questionId, objectiveId: 'o1' })) });
  return questionIds;
}

const card = (userId: string, questionId: string, due: Date, extra: object = {}) => ({
  userId,
  questionId,
  due,
  stability: 10,
  difficulty: 5,
  elapsedDays: 0,
  scheduledDays: 1,
  learningSteps: 0,
  reps: 1,
  lapses: 0,
  state: 2,
  lastReview: daysAgo(1),
  ...extra,
});

describe('instructor dashboard: cohort table', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'dash');
  const questionIds = await seedCourse(db, people.courseId);
  const { courseId, learner } = people;
  const auckland = await db.user.create({ data: { email: 'dash-auckland@example.com', name: 'Doe, "Jo"', passwordHash: 'x', lastActiveAt: daysAgo(8) } });
  const newcomer = await db.user.create({ data: { email: 'dash-newcomer@example.com', name: '=HYPERLINK("x")', passwordHash: 'x' } });
  await db.cohortMember.createMany({
    data: [
      { cohortId: people.cohort.id, userId: auckland.id, joinedAt: daysAgo(-1) },
      { cohortId: people.cohort.id, userId: newcomer.id, joinedAt: daysAgo(-2) },
    ],
  });
  await db.user.update({ where: { id: learner.id }, data: { lastActiveAt: daysAgo(1) } });
  await db.srsSettings.create({ data: { userId: auckland.id, scope: '*', settings: { timeZone: 'Pacific/Auckland' } } });

  // Progress: the learner completed l1, l2 and the draft → 2 of 4 published lessons = 50 %.
  await db.lessonProgress.createMany({ data: ['l1', 'l2', 'l-draft'].map((lessonId) => ({ userId: learner.id, lessonId, completedAt: daysAgo(3) })) });
  await db.lessonProgress.create({ data: { userId: auckland.id, lessonId: 'l3', completedAt: null, lastSection: 'x' } });

  // Reviews, in each learner's own days. The learner (UTC, day starts 04:00) is on 27 Nov: window 21..27 Nov.
  // Auckland is on 28 Nov: window 22..28 Nov.
  const studyDay = (userId: string, day: string, reviews: number) => ({ userId, courseId, day: new Date(`${day}T00:00:00Z`), reviews });
  await db.studyDay.createMany({
    data: [
      studyDay(learner.id, '2026-11-20', 100), // 7 days back: outside
      studyDay(learner.id, '2026-11-21', 5),
      studyDay(learner.id, '2026-11-27', 3),
      studyDay(auckland.id, '2026-11-21', 7), // outside Auckland's window
      studyDay(auckland.id, '2026-11-22', 2),
      studyDay(auckland.id, '2026-11-28', 4), // Auckland's today
    ],
  });

  // Overdue (due before the learner's day began): the learner 51 (over the limit of 50), Auckland exactly 50; a new card and a suspended one never count.
  await db.card.createMany({
    data: [
      ...questionIds.slice(0, 51).map((q) => card(learner.id, q, daysAgo(2))),
      card(learner.id, questionIds[51], daysAgo(-3)),
      card(learner.id, questionIds[52], daysAgo(2), { state: 0 }),
      card(learner.id, questionIds[53], daysAgo(2), { suspended: true }),
      // Learning steps due today, minutes ago or in a few minutes, are not overdue: her day began at 04:00.
      card(learner.id, questionIds[54], new Date(now.getTime() - 5 * 60_000), { state: 1, scheduledDays: 0 }),
      card(learner.id, questionIds[55], new Date(now.getTime() + 10 * 60_000), { state: 1, scheduledDays: 0 }),
      card(learner.id, questionIds[56], new Date('2026-11-27T04:30:00Z'), { state: 3, scheduledDays: 0 }),
      ...questionIds.slice(0, 50).map((q) => card(auckland.id, q, daysAgo(2))),
      // The newcomer answered a lot and mostly wrong: 4 of 40 right.
      card(newcomer.id, questionIds[0], daysAgo(-5), { answers: 40, correctAnswers: 4 }),
    ],
  });

  // Exams: two submitted (best 0.8, 740), one still running.
  const exam = (score: number | null, scaledScore: number | null, status: 'SUBMITTED' | 'IN_PROGRESS') => ({
    userId: learner.id,
    kind: 'EXAM' as const,
    courseId,
    status,
    score,
    scaledScore,
    submittedAt: status === 'SUBMITTED' ? daysAgo(2) : null,
  });
  await db.quizAttempt.createMany({ data: [exam(0.6, 580, 'SUBMITTED'), exam(0.8, 740, 'SUBMITTED'), exam(null, null, 'IN_PROGRESS')] });

  const rows = async () => new Map((await cohortTable(db, people.instructor, people.cohort.id, now)).learners.map((l) => [l.email, l] as [string, LearnerRow]));

  it('computes progress, reviews in each learner’s last 7 days, overdue cards and exams', async () => {
    const table = await cohortTable(db, people.instructor, people.cohort.id, now);
    expect(table.totalLessons).toBe(4);
    expect(table.learners.map((l) => l.email)).toEqual([learner.email, auckland.email, newcomer.email]);
    const [mine, nz, fresh] = table.learners;
    expect(mine).toMatchObject({
      completedLessons: 2,
      progress: 0.5,
      reviewsLast7Days: 5 + 3,
      overdueCards: 51,
      exams: { attempts: 2, bestScore: 0.8, bestScaledScore: 740 },
    });
    expect(nz).toMatchObject({ completedLessons: 0, progress: 0, reviewsLast7Days: 2 + 4, overdueCards: 50, exams: { attempts: 0, bestScore: null } });
    expect(fresh).toMatchObject({ progress: 0, reviewsLast7Days: 0, overdueCards: 0, lastActiveAt: null });
    expect(mine.domains).toEqual([{ code: '1.0', title: 'Concepts', recall: expect.any(Number) }]);
  });

  it('flags learners at risk by the written rule', async () => {
    const byEmail = await rows();
    // Active yesterday but 51 overdue cards.
    expect(byEmail.get(learner.email)!.atRisk).toEqual(['overdue']);
    // Last active 8 days ago; 50 overdue is not over the limit.
    expect(byEmail.get(auckland.email)!.atRisk).toEqual(['inactive']);
    // Never active, and 4 of 40 right puts the whole band under the 0.775 pass fraction.
    const fresh = byEmail.get(newcomer.email)!;
    expect(fresh.readiness.verdict).toBe('likely-fail');
    expect(fresh.readiness.high).toBeLessThan(0.775);
    expect(fresh.atRisk).toEqual(['inactive', 'failing']);
  });

  it('an instructor sees only their own cohorts; an admin sees all', async () => {
    await expect(cohortTable(db, people.otherInstructor, people.cohort.id, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await cohortTable(db, people.admin, people.cohort.id, now)).learners).toHaveLength(3);
    const home = await instructorHome(db, people.instructor, now);
    expect(home.cohorts).toEqual([
      {
        id: people.cohort.id,
        name: 'Mine',
        course: { id: courseId, name: 'Test course', shortName: '' },
        learners: 3,
        atRisk: 3,
        meanProgress: 0.5 / 3,
        reviewsLast7Days: 14,
        activeLast7Days: 1,
      },
    ]);
    expect(home.courses).toEqual([{ id: courseId, name: 'Test course' }]);
    expect((await instructorHome(db, people.otherInstructor, now)).cohorts.map((c) => c.id)).toEqual([people.otherCohort.id]);
    expect((await instructorHome(db, people.admin, now)).cohorts.map((c) => c.id).sort()).toEqual([people.cohort.id, people.otherCohort.id].sort());
  });

  it("drills down only to a member of the viewer's cohort", async () => {
    expect(await managedLearner(db, people.instructor, { cohortId: people.cohort.id, userId: learner.id })).toEqual({
      cohort: { id: people.cohort.id, name: 'Mine', courseId },
      learner: { id: learner.id, name: 'learner', email: learner.email },
    });
    await expect(managedLearner(db, people.otherInstructor, { cohortId: people.cohort.id, userId: learner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(managedLearner(db, people.instructor, { cohortId: people.cohort.id, userId: people.otherLearner.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await managedLearner(db, people.admin, { cohortId: people.cohort.id, userId: learner.id })).learner.id).toBe(learner.id);
  });

  it('exports the gradebook as CSV: header, one row per learner, quoting and formula-safe names', async () => {
    const csv = gradebookCsv(await cohortTable(db, people.instructor, people.cohort.id, now));
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'Name,Email,Progress %,Lessons completed,Predicted score %,Readiness low %,Readiness high %,Verdict,Last active,Reviews last 7 days,Overdue cards,Exam attempts,Best exam %,Best scaled score,At risk,1.0 Concepts recall %',
    );
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(new RegExp(`^learner,${learner.email},50,2,,,,unknown,2026-11-26T16:00:00.000Z,8,51,2,80,740,>50 overdue,\\d+$`));
    // No answers yet: readiness unknown, its cells empty; cards reviewed yesterday with a 10-day stability → 99 % recall.
    expect(lines[2]).toBe('"Doe, ""Jo""",dash-auckland@example.com,0,0,,,,unknown,2026-11-19T16:00:00.000Z,6,50,0,,,inactive 7+ days,99');
    expect(lines[3]).toMatch(
      /^"'=HYPERLINK\(""x""\)",dash-newcomer@example.com,0,0,\d+,\d+,\d+,likely-fail,never,0,0,0,,,inactive 7\+ days; below pass mark,\d*$/,
    );
  });

  it('exports item analysis as CSV with the editor link, and says when n is too small to flag', () => {
    const item: ItemStats = {
      questionId: 'q1',
      lessonId: 'l1',
      type: 'single',
      stem: 'Pick, "one"',
      attempts: 50,
      facility: 0.8,
      discrimination: -1 / 3,
      examAttempts: 40,
      optionCounts: [
        { optionId: 'a', label: 'A', count: 40, correct: true },
        { optionId: 'b', label: 'B', count: 10, correct: false },
      ],
      meanTimeMs: 12_345,
      flags: ['negative-discrimination'],
      sampleTooSmall: false,
    };
    const few: ItemStats = { ...item, questionId: 'q2', attempts: 5, examAttempts: 4, optionCounts: [], flags: [], sampleTooSmall: true };
    const csv = itemAnalysisCsv([item, few], 'http://localhost:3000');
    expect(csv.trimEnd().split('\n')).toEqual([
      'Question,Lesson,Type,Stem,Answers,Facility,Discrimination,Exam attempts,Mean time (s),Flags,Answers chosen,Editor',
      'q1,l1,single,"Pick, ""one""",50,0.8,-0.333,40,12.3,negative-discrimination,A (correct): 40; B: 10,http://localhost:3000/author/questions/q1',
      'q2,l1,single,"Pick, ""one""",5,0.8,-0.333,4,12.3,n too small,,http://localhost:3000/author/questions/q2',
    ]);
  });
});
