import { default_w, forgetting_curve, fsrs, FSRS6_DEFAULT_DECAY, createEmptyCard } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../lib/db/client';
import { loadLearnerDashboard } from '../../lib/dashboard/learner-dashboard';
import { objectiveMastery, practiceTotals } from '../../lib/dashboard/mastery';
import { studyStreak } from '../../lib/dashboard/streak';
import { saveSettings } from '../../lib/srs/save-settings';
import { srsSettingsSchema } from '../../lib/srs/settings';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const day = 86_400_000;
const now = new Date('2026-03-10T12:00:00Z');
const courseId = 'blueprint-course';

/** FSRS-6 forgetting curve written out by hand: R = (1 + factor·t/S)^(−decay), factor = 0.9^(−1/decay) − 1. */
function recall(t: number, s: number, decay = FSRS6_DEFAULT_DECAY): number {
  const factor = Math.pow(0.9, -1 / decay) - 1;
  return Math.pow(1 + (factor * t) / s, -decay);
}

/**
 * A small course: domain 1.0 (60 %) with objectives 1.1 and 1.2, domain 2.0 (40 %) with 2.1.
 * Chapter 1 holds lessons L1 (1.1) and L2 (1.2); chapter 2 holds L3 (2.1) and a draft.
 * Question q6 of L1 covers both 1.1 and 2.1.
 */
async function seedCourse(db: Db) {
  await db.course.create({
    data: {
      id: courseId,
      examCode: 'D-1',
      name: 'Dashboard course',
      shortName: 'Dash',
      vendor: 'Test',
      version: '1',
      description: '',
      order: 9,
      minutes: 90,
      questionCount: 90,
      passMark: 720,
      scaleMin: 100,
      scaleMax: 900,
      contentHash: 'x',
      domains: {
        create: [
          {
            id: 'd1',
            code: '1.0',
            title: 'Domain one',
            weight: 60,
            order: 1,
            objectives: {
              create: [
                { id: 'o11', courseId, code: '1.1', title: 'Objective 1.1', order: 1 },
                { id: 'o12', courseId, code: '1.2', title: 'Objective 1.2', order: 2 },
              ],
            },
          },
          {
            id: 'd2',
            code: '2.0',
            title: 'Domain two',
            weight: 40,
            order: 2,
            objectives: { create: [{ id: 'o21', courseId, code: '2.1', title: 'Objective 2.1', order: 1 }] },
          },
        ],
      },
    },
  });
  for (const [id, order] of [
    ['dch1', 1],
    ['dch2', 2],
  ] as const) {
    await db.chapter.create({ data: { id, title: `Chapter ${order}`, order, contentHash: 'x', courses: { create: { courseId } } } });
  }
  const lessons = [
    { id: 'dl1', chapterId: 'dch1', order: 1, objective: 'o11', draft: false },
    { id: 'dl2', chapterId: 'dch1', order: 2, objective: 'o12', draft: false },
    { id: 'dl3', chapterId: 'dch2', order: 1, objective: 'o21', draft: false },
    { id: 'dl4', chapterId: 'dch2', order: 2, objective: 'o21', draft: true },
  ];
  for (const l of lessons) {
    await db.lesson.create({
      data: {
        id: l.id,
        chapterId: l.chapterId,
        title: `Lesson ${l.id}`,
        order: l.order,
        duration: 10,
        draft: l.draft,
        html: '',
        toc: [],
        wordCount: 1,
        readingMinutes: 1,
        sourcePath: `${l.id}.md`,
        contentHash: 'x',
        examObjectives: { create: { objectiveId: l.objective } },
      },
    });
  }
  const questions: Array<[string, string, string[]]> = [
    ['q1', 'dl1', ['o11']],
    ['q2', 'dl1', ['o11']],
    ['q6', 'dl1', ['o11', 'o21']],
    ['q3', 'dl2', ['o12']],
    ['q7', 'dl2', ['o12']],
    ['q4', 'dl3', ['o21']],
    ['q5', 'dl3', ['o21']],
  ];
  for (const [id, lessonId, objectives] of questions) {
    await db.question.create({
      data: {
        id,
        lessonId,
        type: 'single',
        difficulty: 'medium',
        tags: [],
        sourcePath: 'x.yaml',
        contentHash: 'x',
        objectives: { create: objectives.map((objectiveId) => ({ objectiveId })) },
      },
    });
  }
}

type CardSeed = {
  questionId: string;
  state: number;
  stability: number;
  lastReviewDaysAgo: number | null;
  due: Date;
  answers: number;
  correct: number;
  suspended?: boolean;
};

async function seedCards(db: Db, userId: string, cards: CardSeed[]) {
  await db.card.createMany({
    data: cards.map((c) => ({
      userId,
      questionId: c.questionId,
      due: c.due,
      stability: c.stability,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: c.answers,
      lapses: 0,
      state: c.state,
      lastReview: c.lastReviewDaysAgo === null ? null : new Date(now.getTime() - c.lastReviewDaysAgo * day),
      suspended: c.suspended ?? false,
      answers: c.answers,
      correctAnswers: c.correct,
    })),
  });
}

type StudySeed = { day: string; reviews: number; passed: number; durationMs?: number; young?: [number, number]; mature?: [number, number]; courseId?: string };

async function seedStudyDays(db: Db, userId: string, days: StudySeed[]) {
  await db.studyDay.createMany({
    data: days.map((d) => ({
      userId,
      courseId: d.courseId ?? courseId,
      day: new Date(`${d.day}T00:00:00Z`),
      reviews: d.reviews,
      passed: d.passed,
      durationMs: d.durationMs ?? 0,
      youngReviews: d.young?.[0] ?? 0,
      youngPassed: d.young?.[1] ?? 0,
      matureReviews: d.mature?.[0] ?? 0,
      maturePassed: d.mature?.[1] ?? 0,
    })),
  });
}

describe('learner dashboard', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'dash');
  await seedCourse(db);
  const { learner, otherLearner, admin: newcomer } = people;

  await seedCards(db, learner.id, [
    { questionId: 'q1', state: 2, stability: 10, lastReviewDaysAgo: 5, due: new Date('2026-03-12T12:00:00Z'), answers: 4, correct: 3 },
    // 3.5 days ago: ts-fsrs counts whole days, so t = 3.
    { questionId: 'q2', state: 2, stability: 2, lastReviewDaysAgo: 3.5, due: new Date('2026-03-09T10:00:00Z'), answers: 2, correct: 1 },
    { questionId: 'q3', state: 0, stability: 0, lastReviewDaysAgo: null, due: new Date('2026-03-01T00:00:00Z'), answers: 0, correct: 0 },
    // Due at 03:00 UTC tomorrow: before the 4 am day start, so still today's learner day.
    { questionId: 'q4', state: 2, stability: 30, lastReviewDaysAgo: 40, due: new Date('2026-03-11T03:00:00Z'), answers: 6, correct: 6 },
    { questionId: 'q5', state: 3, stability: 1, lastReviewDaysAgo: 1, due: new Date('2026-03-10T13:00:00Z'), answers: 10, correct: 2, suspended: true },
    { questionId: 'q6', state: 1, stability: 0.5, lastReviewDaysAgo: 0.2, due: new Date('2026-03-10T20:00:00Z'), answers: 1, correct: 1 },
    // Beyond the 30-day forecast.
    { questionId: 'q7', state: 2, stability: 100, lastReviewDaysAgo: 1, due: new Date('2026-05-01T12:00:00Z'), answers: 1, correct: 1 },
  ]);
  await seedStudyDays(db, learner.id, [
    { day: '2025-03-10', reviews: 3, passed: 3, mature: [2, 2] },
    { day: '2026-02-01', reviews: 7, passed: 7, durationMs: 50_000, young: [2, 2], mature: [3, 3] },
    { day: '2026-03-06', reviews: 2, passed: 1, young: [1, 0] },
    // A day whose only review was undone: it must not join 03-06 to 03-08.
    { day: '2026-03-07', reviews: 0, passed: 0 },
    { day: '2026-03-08', reviews: 4, passed: 4, durationMs: 30_000, mature: [1, 1] },
    { day: '2026-03-09', reviews: 10, passed: 8, durationMs: 120_000, young: [3, 3], mature: [2, 1] },
    { day: '2026-03-10', reviews: 5, passed: 4, durationMs: 60_000, young: [2, 1], mature: [1, 1] },
    { day: '2026-03-10', reviews: 50, passed: 50, courseId: people.courseId },
  ]);
  await db.lessonProgress.createMany({
    data: [
      { userId: learner.id, lessonId: 'dl1', completedAt: new Date('2026-03-01T10:00:00Z') },
      { userId: learner.id, lessonId: 'dl2', lastSection: 'intro' },
    ],
  });
  await db.quizAttempt.createMany({
    data: [
      {
        userId: learner.id,
        kind: 'EXAM',
        courseId,
        status: 'SUBMITTED',
        startedAt: new Date('2026-03-01T09:00:00Z'),
        submittedAt: new Date('2026-03-01T10:00:00Z'),
        score: 0.8,
        scaledScore: 740,
        passed: true,
      },
      {
        userId: learner.id,
        kind: 'EXAM',
        courseId,
        status: 'SUBMITTED',
        startedAt: new Date('2026-02-01T09:00:00Z'),
        submittedAt: new Date('2026-02-01T10:00:00Z'),
        score: 0.6,
        scaledScore: 580,
        passed: false,
      },
      { userId: learner.id, kind: 'EXAM', courseId, status: 'IN_PROGRESS', startedAt: new Date('2026-03-09T09:00:00Z') },
      {
        userId: learner.id,
        kind: 'PRACTICE',
        courseId,
        status: 'SUBMITTED',
        startedAt: new Date('2026-03-02T09:00:00Z'),
        submittedAt: new Date('2026-03-02T10:00:00Z'),
        score: 0.2,
      },
    ],
  });

  const r = {
    q1: recall(5, 10),
    q2: recall(3, 2),
    q4: recall(40, 30),
    q6: 1, // t = 0 whole days
    q7: recall(1, 100),
    q5: recall(1, 1),
  };
  // Readiness estimates: (1 + Σ right answers × their card's recall) / (2 + answers).
  const e11 = (1 + 3 * r.q1 + 1 * r.q2 + 1 * r.q6) / (2 + 7);
  const e12 = (1 + r.q7) / (2 + 1);
  // q4, q6 and the suspended q5: a leech's right answers count too, as its answers do.
  const e21 = (1 + 6 * r.q4 + 1 * r.q6 + 2 * r.q5) / (2 + 17);

  it('computes retrievability in SQL exactly as ts-fsrs does', async () => {
    expect(r.q1).toBeCloseTo(forgetting_curve(default_w, 5, 10), 7);
    const scheduler = fsrs();
    const card = { ...createEmptyCard(), state: 2, stability: 2, last_review: new Date(now.getTime() - 3.5 * day) };
    expect(r.q2).toBeCloseTo(scheduler.get_retrievability(card, now, false), 7);
    const mastery = (await objectiveMastery(db, { userIds: [learner.id], courseId, now })).get(learner.id)!;
    expect(mastery.find((m) => m.code === '1.2')!.meanRetrievability).toBeCloseTo(r.q7, 7);
  });

  it('uses the learner’s fitted decay, else the course’s', async () => {
    const weights = [...default_w];
    weights[20] = 0.5;
    await db.srsParameters.create({ data: { scope: `course:${courseId}`, weights, logLossBefore: 1, logLossAfter: 0.9, reviewCount: 500 } });
    await seedCards(db, otherLearner.id, [{ questionId: 'q1', state: 2, stability: 10, lastReviewDaysAgo: 5, due: now, answers: 1, correct: 1 }]);
    const course = (await objectiveMastery(db, { userIds: [otherLearner.id], courseId, now })).get(otherLearner.id)!;
    expect(course[0].meanRetrievability).toBeCloseTo(forgetting_curve(weights, 5, 10), 7);
    const own = [...default_w];
    own[20] = 0.3;
    await db.srsParameters.create({
      data: { scope: `user:${otherLearner.id}`, userId: otherLearner.id, weights: own, logLossBefore: 1, logLossAfter: 0.9, reviewCount: 500 },
    });
    const mine = (await objectiveMastery(db, { userIds: [otherLearner.id], courseId, now })).get(otherLearner.id)!;
    expect(mine[0].meanRetrievability).toBeCloseTo(recall(5, 10, 0.3), 7);
    await db.srsParameters.deleteMany({});
  });

  it('aggregates mastery per objective for several learners in one call', async () => {
    const all = await objectiveMastery(db, { userIds: [learner.id, newcomer.id], courseId, now });
    expect(all.get(learner.id)).toEqual([
      // q1, q2, q6; answers 4 + 2 + 1, right 3 + 1 + 1.
      {
        objectiveId: 'o11',
        code: '1.1',
        domainCode: '1.0',
        cards: 3,
        reviewedCards: 3,
        meanRetrievability: expect.closeTo((r.q1 + r.q2 + r.q6) / 3, 7),
        answers: 7,
        correctAnswers: 5,
        recalledCorrect: expect.closeTo(3 * r.q1 + r.q2 + r.q6, 7),
      },
      // q3 is new; q7 reviewed.
      {
        objectiveId: 'o12',
        code: '1.2',
        domainCode: '1.0',
        cards: 2,
        reviewedCards: 1,
        meanRetrievability: expect.closeTo(r.q7, 7),
        answers: 1,
        correctAnswers: 1,
        recalledCorrect: expect.closeTo(r.q7, 7),
      },
      // q4 and q6 in the deck; suspended q5 still counts its answers (6 + 10 + 1, right 6 + 2 + 1).
      {
        objectiveId: 'o21',
        code: '2.1',
        domainCode: '2.0',
        cards: 2,
        reviewedCards: 2,
        meanRetrievability: expect.closeTo((r.q4 + r.q6) / 2, 7),
        answers: 17,
        correctAnswers: 9,
        recalledCorrect: expect.closeTo(6 * r.q4 + r.q6 + 2 * r.q5, 7),
      },
    ]);
    expect(all.get(newcomer.id)!.map((m) => [m.code, m.cards, m.meanRetrievability, m.answers])).toEqual([
      ['1.1', 0, null, 0],
      ['1.2', 0, null, 0],
      ['2.1', 0, null, 0],
    ]);
    // q6 covers two objectives but is one question: 4 + 2 + 6 + 10 + 1 + 1 answers to 6 questions.
    expect((await practiceTotals(db, { userIds: [learner.id], courseId })).get(learner.id)).toEqual({ answers: 24, questions: 6 });
  });

  it('loads every section of the dashboard', async () => {
    const data = await loadLearnerDashboard(db, { userId: learner.id, courseId, now });
    expect(data.today).toBe('2026-03-10');
    expect(data.chapters).toEqual([
      { id: 'dch1', title: 'Chapter 1', total: 2, completed: 1, nextLesson: { id: 'dl2', title: 'Lesson dl2' } },
      { id: 'dch2', title: 'Chapter 2', total: 1, completed: 0, nextLesson: { id: 'dl3', title: 'Lesson dl3' } },
    ]);

    const [one, two] = data.domains;
    expect(one.reviewedCards).toBe(4);
    expect(one.meanRetrievability).toBeCloseTo((r.q1 + r.q2 + r.q6 + r.q7) / 4, 7);
    expect([one.answers, one.correctAnswers, two.answers, two.correctAnswers]).toEqual([8, 6, 17, 9]);
    expect(one.objectives[0].lessons).toEqual([{ id: 'dl1', title: 'Lesson dl1' }]);
    // 7 answers leave 1.1's 90 % band wider than 0.4: "not enough answers yet", no number.
    expect(e11).toBeLessThan(6 / 9);
    expect(one.objectives[0].estimate).toBeNull();

    // L1: q1, q2, q6 → 7 answers, 5 right; L2: q7 → 1 of 1; L3: q4 and suspended q5 → 16 answers, 8 right.
    const estimates = { dl1: e11, dl2: e12, dl3: (1 + 6 * r.q4 + 2 * r.q5) / 18 };
    const weakestFirst = Object.entries(estimates)
      .sort((a, b) => a[1] - b[1])
      .map(([id]) => id);
    expect(data.weakestLessons.map((l) => l.lessonId)).toEqual(weakestFirst);
    expect(data.weakestLessons.find((l) => l.lessonId === 'dl3')).toMatchObject({ answers: 16, correctAnswers: 8 });

    // Today's bucket: q2 (overdue since yesterday), q4 (03:00 UTC tomorrow, before the day starts at 4), q6.
    expect(data.forecast.days).toHaveLength(30);
    expect(data.forecast.days[0]).toEqual({ day: '2026-03-10', due: 3 });
    expect(data.forecast.overdue).toBe(1);
    expect(data.forecast.days.filter((d) => d.due > 0)).toEqual([
      { day: '2026-03-10', due: 3 },
      { day: '2026-03-12', due: 1 },
    ]);
    expect(data.forecast.days.at(-1)!.day).toBe('2026-04-08');

    expect(data.history.heatmapStart).toBe('2025-03-11');
    expect(data.history.heatmap).toEqual([
      { day: '2026-02-01', reviews: 7 },
      { day: '2026-03-06', reviews: 2 },
      { day: '2026-03-08', reviews: 4 },
      { day: '2026-03-09', reviews: 10 },
      { day: '2026-03-10', reviews: 5 },
    ]);
    expect(data.history.streak).toEqual({ current: 3, longest: 3, studiedToday: true });
    expect([data.history.reviewsToday, data.history.daysStudiedLastYear, data.history.reviewsLastYear]).toEqual([5, 5, 28]);
    expect(data.history.studyMsLast30Days).toBe(60_000 + 120_000 + 30_000);
    const pc = (reviews: number, passed: number) => ({ reviews, passed });
    expect(data.history.retention).toEqual([
      { label: 'Last 7 days', young: pc(6, 4), mature: pc(4, 3), total: pc(10, 7) },
      { label: 'Last 30 days', young: pc(6, 4), mature: pc(4, 3), total: pc(10, 7) },
      { label: 'Last 365 days', young: pc(8, 6), mature: pc(7, 6), total: pc(15, 12) },
      { label: 'All time', young: pc(8, 6), mature: pc(9, 8), total: pc(17, 14) },
    ]);

    expect(data.exams.map((e) => [e.submittedAt, e.score, e.scaledScore, e.passed])).toEqual([
      ['2026-02-01T10:00:00.000Z', 0.6, 580, false],
      ['2026-03-01T10:00:00.000Z', 0.8, 740, true],
    ]);
    expect(data.deckCards).toBe(6);
  });

  it('predicts the exam score from the blueprint, objectives never practised being unknown', async () => {
    const data = await loadLearnerDashboard(db, { userId: learner.id, courseId, now });
    // Weights: 1.1 and 1.2 share 60 % (0.3 each), 2.1 has 40 %. All three are practised.
    const predicted = 0.3 * e11 + 0.3 * e12 + 0.4 * e21;
    const variance = (0.09 * e11 * (1 - e11)) / 10 + (0.09 * e12 * (1 - e12)) / 4 + (0.16 * e21 * (1 - e21)) / 20 + (predicted * (1 - predicted)) / 90;
    const { readiness } = data;
    expect(readiness.predicted).toBeCloseTo(predicted, 7);
    expect(readiness.low).toBeCloseTo(predicted - 1.645 * Math.sqrt(variance), 7);
    expect(readiness.high).toBeCloseTo(predicted + 1.645 * Math.sqrt(variance), 7);
    expect(readiness.predictedScaled).toBe(Math.round(100 + predicted * 800));
    expect(readiness.passMarkFraction).toBeCloseTo(0.775, 10);
    expect(readiness.basis).toEqual({ answers: 24, questionsPractised: 6, objectivesPractised: 3, objectivesTotal: 3, weightCovered: expect.closeTo(1, 10) });
  });

  it('counts a card once in its domain even when it covers two of the domain’s objectives', async () => {
    const { instructor } = people;
    await db.question.create({
      data: {
        id: 'q9',
        lessonId: 'dl1',
        type: 'single',
        difficulty: 'medium',
        tags: [],
        sourcePath: 'x.yaml',
        contentHash: 'x',
        objectives: { create: [{ objectiveId: 'o11' }, { objectiveId: 'o12' }] },
      },
    });
    await seedCards(db, instructor.id, [{ questionId: 'q9', state: 2, stability: 10, lastReviewDaysAgo: 5, due: now, answers: 4, correct: 3 }]);
    const data = await loadLearnerDashboard(db, { userId: instructor.id, courseId, now });
    expect(data.domains[0].objectives.map((o) => o.answers)).toEqual([4, 4]);
    expect(data.domains[0]).toMatchObject({ reviewedCards: 1, answers: 4, correctAnswers: 3, meanRetrievability: expect.closeTo(r.q1, 7) });
    expect(data.readiness.basis).toMatchObject({ answers: 4, questionsPractised: 1, objectivesPractised: 2 });
  });

  it('shows a newcomer empty sections and an unknown readiness', async () => {
    const data = await loadLearnerDashboard(db, { userId: newcomer.id, courseId, now });
    expect(data.chapters.map((c) => c.completed)).toEqual([0, 0]);
    expect(data.domains.every((d) => d.meanRetrievability === null && d.answers === 0)).toBe(true);
    expect(data.weakestLessons).toEqual([]);
    expect(data.readiness).toMatchObject({
      predicted: null,
      low: 0,
      high: 1,
      verdict: 'unknown',
      predictedScaled: null,
      basis: { answers: 0, questionsPractised: 0, objectivesPractised: 0, objectivesTotal: 3, weightCovered: 0 },
    });
    expect(data.forecast.days.every((d) => d.due === 0)).toBe(true);
    expect(data.history.heatmap).toEqual([]);
    expect(data.history.streak).toEqual({ current: 0, longest: 0, studiedToday: false });
    expect(data.history.retention.every((row) => row.total.reviews === 0)).toBe(true);
    expect(data.exams).toEqual([]);
    expect(data.deckCards).toBe(0);
  });
});

describe('learner days in the learner’s time zone', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'tz');
  await seedCourse(db);
  const auckland = people.learner;
  const losAngeles = people.otherLearner;
  await saveSettings(db, auckland.id, '*', srsSettingsSchema.parse({ timeZone: 'Pacific/Auckland', dayStartHour: 4 }));
  await saveSettings(db, losAngeles.id, '*', srsSettingsSchema.parse({ timeZone: 'America/Los_Angeles', dayStartHour: 0 }));
  const card = (questionId: string, due: string): CardSeed => ({
    questionId,
    state: 2,
    stability: 10,
    lastReviewDaysAgo: 1,
    due: new Date(due),
    answers: 1,
    correct: 1,
  });

  it('buckets due cards by the learner’s day, either side of local midnight and the day-start hour', async () => {
    // 12:00 UTC on 10 March is 01:00 on the 11th in Auckland (NZDT, +13): before 4 am, so still the 10th.
    await seedCards(db, auckland.id, [
      card('q1', '2026-03-10T11:30:00Z'), // 00:30 on the 11th: the 10th
      card('q2', '2026-03-10T14:30:00Z'), // 03:30 on the 11th: the 10th
      card('q4', '2026-03-10T15:30:00Z'), // 04:30 on the 11th: the 11th
    ]);
    const nz = await loadLearnerDashboard(db, { userId: auckland.id, courseId, now });
    expect(nz.today).toBe('2026-03-10');
    expect(nz.forecast.days.slice(0, 2)).toEqual([
      { day: '2026-03-10', due: 2 },
      { day: '2026-03-11', due: 1 },
    ]);
    expect(nz.forecast.overdue).toBe(0);

    // Los Angeles is on PDT (−7) since 8 March; the day starts at midnight.
    await seedCards(db, losAngeles.id, [
      card('q1', '2026-03-11T06:59:00Z'), // 23:59 on the 10th
      card('q2', '2026-03-11T07:00:00Z'), // 00:00 on the 11th
      card('q4', '2026-03-10T06:59:00Z'), // 23:59 on the 9th: overdue, shown today
    ]);
    const la = await loadLearnerDashboard(db, { userId: losAngeles.id, courseId, now });
    expect(la.today).toBe('2026-03-10');
    expect(la.forecast.days.slice(0, 2)).toEqual([
      { day: '2026-03-10', due: 2 },
      { day: '2026-03-11', due: 1 },
    ]);
    expect(la.forecast.overdue).toBe(1);
  });

  it('keeps the streak through a day not yet studied, and counts today by the local day', async () => {
    await seedStudyDays(db, auckland.id, [
      { day: '2026-03-09', reviews: 3, passed: 3 },
      { day: '2026-03-10', reviews: 2, passed: 1 },
    ]);
    const before = await loadLearnerDashboard(db, { userId: auckland.id, courseId, now });
    expect([before.today, before.history.reviewsToday, before.history.streak]).toEqual(['2026-03-10', 2, { current: 2, longest: 2, studiedToday: true }]);
    // 15:30 UTC is 04:30 on the 11th in Auckland: a new day, not yet studied, and the streak holds.
    const after = await loadLearnerDashboard(db, { userId: auckland.id, courseId, now: new Date('2026-03-10T15:30:00Z') });
    expect([after.today, after.history.reviewsToday, after.history.streak]).toEqual(['2026-03-11', 0, { current: 2, longest: 2, studiedToday: false }]);
    // A whole day missed ends it.
    const later = await loadLearnerDashboard(db, { userId: auckland.id, courseId, now: new Date('2026-03-11T15:30:00Z') });
    expect(later.history.streak).toEqual({ current: 0, longest: 2, studiedToday: false });
  });
});

describe('study streak', () => {
  it('counts back from yesterday while today is not yet studied', () => {
    expect(studyStreak(new Set(['2026-03-08', '2026-03-09']), '2026-03-10')).toEqual({ current: 2, longest: 2, studiedToday: false });
    expect(studyStreak(new Set(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-03']), '2026-03-03')).toEqual({
      current: 1,
      longest: 3,
      studiedToday: true,
    });
    expect(studyStreak(new Set(), '2026-03-03')).toEqual({ current: 0, longest: 0, studiedToday: false });
  });
});

describe('sub-objectives', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'subs');
  const subCourse = 'sub-course';
  // One domain, objective 1.1 with sub-objectives 1.1.a and 1.1.b, and objective 1.2 with none.
  await db.course.create({
    data: {
      id: subCourse,
      examCode: 'S-1',
      name: 'Sub course',
      shortName: 'Sub',
      vendor: 'Test',
      version: '1',
      description: '',
      order: 10,
      minutes: 60,
      questionCount: 60,
      passMark: null,
      scaleMin: null,
      scaleMax: null,
      contentHash: 'x',
      domains: { create: [{ id: 'sd1', code: '1.0', title: 'Domain one', weight: 100, order: 1 }] },
    },
  });
  await db.objective.createMany({
    data: [
      { id: 's11', courseId: subCourse, domainId: 'sd1', code: '1.1', title: 'Objective 1.1', order: 1 },
      { id: 's12', courseId: subCourse, domainId: 'sd1', code: '1.2', title: 'Objective 1.2', order: 2 },
    ],
  });
  await db.objective.createMany({
    data: [
      { id: 's11a', courseId: subCourse, domainId: 'sd1', code: '1.1.a', title: 'Sub a', order: 0, parentId: 's11' },
      { id: 's11b', courseId: subCourse, domainId: 'sd1', code: '1.1.b', title: 'Sub b', order: 1, parentId: 's11' },
    ],
  });
  await db.chapter.create({ data: { id: 'sch1', title: 'Chapter', order: 1, contentHash: 'x', courses: { create: { courseId: subCourse } } } });
  // The lesson names both sub-objectives of 1.1: it is listed once under 1.1.
  await db.lesson.create({
    data: {
      id: 'sl1',
      chapterId: 'sch1',
      title: 'Lesson sl1',
      order: 1,
      duration: 10,
      html: '',
      toc: [],
      wordCount: 1,
      readingMinutes: 1,
      sourcePath: 'sl1.md',
      contentHash: 'x',
      examObjectives: { create: [{ objectiveId: 's11a' }, { objectiveId: 's11b' }] },
    },
  });
  const questions: Array<[string, string[]]> = [
    ['sq1', ['s11a']],
    ['sq2', ['s11a', 's11b']],
    ['sq3', ['s12']],
  ];
  for (const [id, objectives] of questions) {
    await db.question.create({
      data: {
        id,
        lessonId: 'sl1',
        type: 'single',
        difficulty: 'medium',
        tags: [],
        sourcePath: 'x.yaml',
        contentHash: 'x',
        objectives: { create: objectives.map((objectiveId) => ({ objectiveId })) },
      },
    });
  }
  await seedCards(db, people.learner.id, [
    { questionId: 'sq1', state: 2, stability: 10, lastReviewDaysAgo: 5, due: now, answers: 3, correct: 2 },
    { questionId: 'sq2', state: 2, stability: 10, lastReviewDaysAgo: 5, due: now, answers: 4, correct: 4 },
  ]);

  it('count a question on a sub-objective for its objective, once however many sub-objectives of it the question names', async () => {
    const mastery = (await objectiveMastery(db, { userIds: [people.learner.id], courseId: subCourse, now })).get(people.learner.id)!;
    // Only the two objectives are listed; sq1 and sq2 both count for 1.1: 3 + 4 answers, 2 + 4 right, sq2 once.
    expect(mastery.map((m) => [m.code, m.cards, m.answers, m.correctAnswers])).toEqual([
      ['1.1', 2, 7, 6],
      ['1.2', 0, 0, 0],
    ]);
  });

  it('show the lesson under its objective on the dashboard, and weigh the blueprint by objectives only', async () => {
    const data = await loadLearnerDashboard(db, { userId: people.learner.id, courseId: subCourse, now });
    const [domain] = data.domains;
    expect(domain.objectives.map((o) => [o.code, o.lessons.map((l) => l.id)])).toEqual([
      ['1.1', ['sl1']],
      ['1.2', []],
    ]);
    expect(domain.objectives[0].subObjectives.map((s) => s.code)).toEqual(['1.1.a', '1.1.b']);
    // 1.1 is half the exam: its sub-objectives add no weight of their own.
    expect(data.readiness.basis).toMatchObject({ objectivesTotal: 2, objectivesPractised: 1, weightCovered: 0.5 });
  });
});
