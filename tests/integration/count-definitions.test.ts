import { describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { countDefinitions } from '../../lib/dashboard/counts';
import { dashboardCourse, lastUsedCourse } from '../../lib/dashboard/default-course';
import { loadLearnerDashboard } from '../../lib/dashboard/learner-dashboard';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const now = new Date('2026-11-27T16:00:00Z');
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

/** Two courses, one objective and two questions each. */
async function seedCourses(db: Db, first: string) {
  await db.course.create({
    data: { id: 'net-plus', examCode: 'N10', name: 'Network+', vendor: 'T', version: '1', description: '', order: 5, minutes: 90, contentHash: 'x' },
  });
  await db.chapter.create({
    data: { id: 'cc-ch', title: 'Chapter', order: 1, contentHash: 'x', courses: { create: [{ courseId: first }, { courseId: 'net-plus' }] } },
  });
  await db.lesson.create({
    data: {
      id: 'cc-l',
      chapterId: 'cc-ch',
      title: 'L',
      order: 1,
      duration: 5,
      html: '',
      toc: [],
      wordCount: 1,
      readingMinutes: 1,
      sourcePath: 'x',
      contentHash: 'x',
    },
  });
  for (const [courseId, domain, objective] of [
    [first, 'cc-d1', 'cc-o1'],
    ['net-plus', 'cc-d2', 'cc-o2'],
  ]) {
    await db.domain.create({
      data: {
        id: domain,
        courseId,
        code: '1.0',
        title: 'D',
        weight: 100,
        order: 1,
        objectives: { create: { id: objective, courseId, code: '1.1', title: 'O', order: 1 } },
      },
    });
  }
  const questions: Array<[string, string]> = [
    ['cq1', 'cc-o1'],
    ['cq2', 'cc-o1'],
    ['nq1', 'cc-o2'],
    ['nq2', 'cc-o2'],
  ];
  for (const [id, objectiveId] of questions) {
    await db.question.create({
      data: { id, lessonId: 'cc-l', type: 'single', difficulty: 'medium', sourcePath: 'x', contentHash: 'x', objectives: { create: { objectiveId } } },
    });
  }
}

function card(userId: string, questionId: string, due: Date, state: number) {
  return {
    userId,
    questionId,
    due,
    stability: 1,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state,
    lastReview: minutes(-20),
  };
}

describe('counts, each defined once', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'cnt');
  await seedCourses(db, people.courseId);
  const { learner, otherLearner } = people;

  it('every count has a label and says what it counts', () => {
    for (const definition of Object.values(countDefinitions)) {
      expect(definition.label.length).toBeGreaterThan(0);
      expect(definition.means.length).toBeGreaterThan(20);
    }
  });

  it('overdue: due before the learner’s day began, so learning steps due minutes ago or later today are not', async () => {
    // The learner's day (UTC, starting 04:00) began at 04:00 on 27 Nov.
    const cards = await db.card.createManyAndReturn({
      data: [
        card(learner.id, 'nq1', minutes(-5), 1), // a learning step due five minutes ago
        card(learner.id, 'nq2', minutes(10), 3), // a relearning step due in ten minutes
        card(learner.id, 'cq1', new Date('2026-11-27T03:59:00Z'), 2), // due just before the day began
      ],
    });
    const network = await loadLearnerDashboard(db, { userId: learner.id, courseId: 'net-plus', now });
    expect(network.forecast.overdue).toBe(0);
    expect(network.forecast.days[0].due).toBe(2);
    const other = await loadLearnerDashboard(db, { userId: learner.id, courseId: people.courseId, now });
    expect(other.forecast.overdue).toBe(1);
    await db.card.deleteMany({ where: { id: { in: cards.map((c) => c.id) } } });
  });

  it('reviews today are split into review sessions and quiz answers, adding up to the day’s count', async () => {
    const [a, b] = await db.card.createManyAndReturn({ data: [card(otherLearner.id, 'nq1', now, 2), card(otherLearner.id, 'nq2', now, 2)] });
    const log = (id: string, cardId: string, source: string, day: string) => ({
      id,
      userId: otherLearner.id,
      cardId,
      rating: 3,
      source,
      state: 2,
      due: now,
      stability: 1,
      difficulty: 5,
      elapsedDays: 0,
      lastElapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reviewedAt: now,
      previous: {},
      day: new Date(`${day}T00:00:00Z`),
      firstOfDay: true,
    });
    await db.reviewLog.createMany({
      data: [
        log('00000000-0000-4000-8000-000000000001', a.id, 'review', '2026-11-27'),
        log('00000000-0000-4000-8000-000000000002', b.id, 'review', '2026-11-27'),
        log('00000000-0000-4000-8000-000000000003', b.id, 'quiz', '2026-11-27'),
        log('00000000-0000-4000-8000-000000000004', a.id, 'review', '2026-11-26'), // yesterday
      ],
    });
    const data = await loadLearnerDashboard(db, { userId: otherLearner.id, courseId: 'net-plus', now });
    expect(data.reviewsToday).toEqual({ sessions: 2, answers: 1 });
    expect((await loadLearnerDashboard(db, { userId: otherLearner.id, courseId: people.courseId, now })).reviewsToday).toEqual({ sessions: 0, answers: 0 });
  });

  it('the dashboard and practice open on the course last used, not the first listed', async () => {
    const courses = [{ id: people.courseId }, { id: 'net-plus' }];
    // The other learner has only reviewed Network+ questions; their cohort is the first course.
    expect(await lastUsedCourse(db, otherLearner.id)).toBe('net-plus');
    expect(await dashboardCourse(db, otherLearner.id, courses)).toBe('net-plus');
    // Asking for a course wins; nothing used yet falls back to the cohort's course.
    expect(await dashboardCourse(db, otherLearner.id, courses, people.courseId)).toBe(people.courseId);
    expect(await dashboardCourse(db, people.admin.id, courses)).toBe(people.courseId);
    // A practice session started after the last review makes its course the last used.
    await db.quizAttempt.create({ data: { userId: otherLearner.id, kind: 'PRACTICE', courseId: people.courseId, startedAt: minutes(30) } });
    expect(await dashboardCourse(db, otherLearner.id, courses)).toBe(people.courseId);
  });
});
