import { randomUUID } from 'node:crypto';
import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { saveStudyPlanAction } from '../../app/dashboard/actions';
import type { Db } from '../../lib/db/client';
import { loadLearnerDashboard } from '../../lib/dashboard/learner-dashboard';
import { dashboardCourse } from '../../lib/dashboard/default-course';
import { examWindow } from '../../lib/exam-plan/exam-window';
import { studyPlanFor } from '../../lib/exam-plan/study-plan';
import { applyReview, lockCard } from '../../lib/srs/apply-review';
import { reviewQueue } from '../../lib/srs/review-queue';
import { saveSettings } from '../../lib/srs/save-settings';
import { resolveSettings, srsSettingsSchema } from '../../lib/srs/settings';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const day = 86_400_000;
/** The test's clock: 30 learner days before the exam on 31 March 2027 (Berlin, days from 04:00). */
const now = new Date('2027-03-01T10:00:00Z');
const examDate = '2027-03-31';
const courseId = 'planned-course';
const clock = { timeZone: 'Europe/Berlin', dayStartHour: 4 };
const exam = examWindow(examDate, clock);
const request = (at: Date) => ({ ip: '127.0.0.1', now: at });

/**
 * Domain 1.0 (60 %): 1.1 (with sub-objective 1.1.a) and 1.2; domain 2.0 (40 %): 2.1.
 * q1 on 1.1, q2 on 1.1.a, q3 on 1.2, q4 and q5 on 2.1, each with a current version.
 */
async function seedCourse(db: Db) {
  await db.course.create({
    data: {
      id: courseId,
      examCode: 'E-1',
      name: 'Exam course',
      shortName: 'Exam',
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
            id: 'e1',
            code: '1.0',
            title: 'Domain one',
            weight: 60,
            order: 1,
            objectives: {
              create: [
                { id: 'e11', courseId, code: '1.1', title: 'Objective 1.1', order: 1 },
                { id: 'e12', courseId, code: '1.2', title: 'Objective 1.2', order: 2 },
              ],
            },
          },
          {
            id: 'e2',
            code: '2.0',
            title: 'Domain two',
            weight: 40,
            order: 2,
            objectives: { create: [{ id: 'e21', courseId, code: '2.1', title: 'Objective 2.1', order: 1 }] },
          },
        ],
      },
    },
  });
  await db.objective.create({ data: { id: 'e11a', courseId, domainId: 'e1', code: '1.1.a', title: 'Sub 1.1.a', order: 1, parentId: 'e11' } });
  await db.chapter.create({ data: { id: 'ech', title: 'Chapter', order: 1, contentHash: 'x', courses: { create: { courseId } } } });
  await db.lesson.create({
    data: {
      id: 'el',
      chapterId: 'ech',
      title: 'Lesson',
      order: 1,
      duration: 10,
      html: '',
      toc: [],
      wordCount: 1,
      readingMinutes: 1,
      sourcePath: 'el.md',
      contentHash: 'x',
    },
  });
  for (const [id, objectiveId] of [
    ['eq1', 'e11'],
    ['eq2', 'e11a'],
    ['eq3', 'e12'],
    ['eq4', 'e21'],
    ['eq5', 'e21'],
  ]) {
    await db.question.create({
      data: {
        id,
        lessonId: 'el',
        type: 'single',
        difficulty: 'medium',
        tags: [],
        sourcePath: 'x.yaml',
        contentHash: 'x',
        objectives: { create: { objectiveId } },
      },
    });
    const version = await db.questionVersion.create({ data: { questionId: id, version: 1, hash: id, body: {}, html: {} } });
    await db.question.update({ where: { id }, data: { currentVersionId: version.id } });
  }
}

type CardSeed = { questionId: string; state: number; stability: number; lastReview: Date | null; due: Date };

async function seedCards(db: Db, userId: string, cards: CardSeed[]): Promise<Map<string, string>> {
  const ids = new Map(cards.map((c) => [c.questionId, randomUUID()]));
  await db.card.createMany({
    data: cards.map((c) => ({
      id: ids.get(c.questionId)!,
      userId,
      questionId: c.questionId,
      due: c.due,
      stability: c.stability,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: c.state === 0 ? 0 : 3,
      lapses: 0,
      state: c.state,
      lastReview: c.lastReview,
      answers: c.state === 0 ? 0 : 3,
      correctAnswers: c.state === 0 ? 0 : 3,
    })),
  });
  return ids;
}

async function review(db: Db, userId: string, cardId: string, at: Date) {
  const settings = await resolveSettings(db, userId, courseId);
  return db.$transaction(async (tx) => {
    const card = (await lockCard(tx, userId, cardId))!;
    return (await applyReview(tx, card, { id: randomUUID(), rating: 3, correct: true, now: at, source: 'review', settings })).card;
  });
}

describe('studying toward an exam date', async () => {
  const { db, url } = await createTestDatabase();
  // The action uses the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  const { learner, otherLearner, courseId: otherCourse } = await seedPeople(db, 'exam');
  await seedCourse(db);
  for (const person of [learner, otherLearner]) await saveSettings(db, person.id, '*', srsSettingsSchema.parse(clock));

  const ago = (days: number) => new Date(now.getTime() - days * day);
  const cards = await seedCards(db, learner.id, [
    // Due three weeks after the exam: setting the date brings it to the eve.
    { questionId: 'eq1', state: 2, stability: 10, lastReview: ago(5), due: new Date('2027-04-20T10:00:00Z') },
    { questionId: 'eq2', state: 2, stability: 40, lastReview: ago(2), due: new Date('2027-03-05T10:00:00Z') },
    { questionId: 'eq3', state: 0, stability: 0, lastReview: null, due: now },
    { questionId: 'eq4', state: 2, stability: 3, lastReview: ago(1), due: new Date('2027-03-02T10:00:00Z') },
  ]);

  it('sets, changes and clears the date through the action, refusing a past date or an unknown course', async () => {
    const set = await saveStudyPlanAction.definition.run(learner, { courseId, examDate: '2027-04-10', minutesPerDay: 30 }, request(now));
    expect(set).toEqual({ ok: true, data: { courseId, examDate: '2027-04-10', minutesPerDay: 30 } });
    const past = await saveStudyPlanAction.definition.run(learner, { courseId, examDate: '2027-02-28' }, request(now));
    expect(past).toMatchObject({ ok: false, code: 'INVALID_INPUT', errors: { examDate: ['The exam date is in the past.'] } });
    const unknown = await saveStudyPlanAction.definition.run(learner, { courseId: 'no-such-course', examDate: null }, request(now));
    expect(unknown).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    const bad = await saveStudyPlanAction.definition.run(learner, { courseId, examDate: '2027-02-30' }, request(now));
    expect(bad).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    // Clearing keeps the minutes a day.
    const cleared = await saveStudyPlanAction.definition.run(learner, { courseId, examDate: null }, request(now));
    expect(cleared).toEqual({ ok: true, data: { courseId, examDate: null, minutesPerDay: 30 } });
    expect(await saveStudyPlanAction.definition.run(null, { courseId, examDate: null }, request(now))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    expect(await studyPlanFor(db, otherLearner.id, courseId)).toBeNull();

    const changed = await saveStudyPlanAction.definition.run(learner, { courseId, examDate }, request(now));
    expect(changed).toMatchObject({ ok: true, data: { examDate } });
    expect(await dashboardCourse(db, learner.id, [{ id: otherCourse }, { id: courseId }])).toBe(courseId);
  });

  it('brought the card scheduled past the exam forward to the eve, and left the others', async () => {
    const eq1 = await db.card.findUniqueOrThrow({ where: { id: cards.get('eq1')! } });
    // The eve starts at 04:00 CEST on 30 March (clocks went forward on the 28th): 02:00 UTC.
    expect(eq1.due).toEqual(new Date('2027-03-30T02:00:00Z'));
    expect(eq1.due).toEqual(exam.eve.start);
    // From its last review on 24 February, 10:00 UTC: 33 days and 16 hours.
    expect(eq1.scheduledDays).toBe(33);
    expect((await db.card.findUniqueOrThrow({ where: { id: cards.get('eq2')! } })).due).toEqual(new Date('2027-03-05T10:00:00Z'));
  });

  it('predicts recall on the date from each card’s forgetting curve, as ts-fsrs does, rolled up by blueprint weight', async () => {
    const data = await loadLearnerDashboard(db, { userId: learner.id, courseId, now });
    const plan = data.examPlan!;
    expect(plan).toMatchObject({ examDate, daysLeft: 30, phase: 'introduce', minutesPerDay: 30, target: 0.9, unstudied: 2 });
    // Whole days from each last review to 02:00 UTC on 31 March, the start of the exam day.
    const r1 = forgetting_curve(default_w, 34, 10);
    const r2 = forgetting_curve(default_w, 31, 40);
    const r4 = forgetting_curve(default_w, 30, 3);
    const [one, two] = plan.recall.domains;
    expect(one.objectives[0].recall).toBeCloseTo((r1 + r2) / 2, 7);
    expect(one.objectives[0].subObjectives[0]).toMatchObject({ code: '1.1.a', cards: 1 });
    expect(one.objectives[0].subObjectives[0].recall).toBeCloseTo(r2, 7);
    expect(one.objectives[1]).toMatchObject({ code: '1.2', cards: 0, recall: null });
    expect(two.objectives[0].recall).toBeCloseTo(r4, 7);
    expect(plan.recall.weightStudied).toBeCloseTo(0.7, 10);
    expect(plan.recall.recall).toBeCloseTo((0.3 * ((r1 + r2) / 2) + 0.4 * r4) / 0.7, 7);
    // The score band on the date uses recall on the date: lower than today's, as nothing is studied in between.
    expect(plan.readiness.predicted!).toBeLessThan(data.readiness.predicted!);
    expect(plan.plan).toMatchObject({ newPerDay: 1, introduceUntil: '2027-03-23', eveReviews: 1 });
    expect(plan.plan!.reviewsPerDay).toBeGreaterThanOrEqual(1);
  });

  it('brings a review whose next interval passes the exam forward to the eve, but not one on the eve or after the exam', async () => {
    const at = new Date('2027-03-05T10:00:00Z');
    const pulled = await review(db, learner.id, cards.get('eq2')!, at);
    expect(pulled.due).toEqual(exam.eve.start);
    expect(pulled.scheduledDays).toBe(Math.floor((exam.eve.start.getTime() - at.getTime()) / day));
    const onEve = await review(db, learner.id, cards.get('eq2')!, new Date('2027-03-30T09:00:00Z'));
    expect(onEve.due.getTime()).toBeGreaterThan(exam.examDay.start.getTime());
    const eq1 = await review(db, learner.id, cards.get('eq1')!, new Date('2027-04-02T09:00:00Z'));
    expect(eq1.due.getTime()).toBeGreaterThan(new Date('2027-04-03T09:00:00Z').getTime());
  });

  it('in the final week orders due cards by objective weight × (1 − recall on the date), paces new cards, and stops after the exam', async () => {
    await saveSettings(db, otherLearner.id, '*', srsSettingsSchema.parse({ ...clock, newPerDay: 0 }));
    const weekBefore = new Date('2027-03-26T10:00:00Z');
    const before = (days: number) => new Date(weekBefore.getTime() - days * day);
    const other = await seedCards(db, otherLearner.id, [
      // Due first, but well remembered on a light objective (1.1 weighs 0.3): last.
      { questionId: 'eq1', state: 2, stability: 200, lastReview: before(3), due: before(2) },
      // 1.2 weighs 0.3, poorly remembered.
      { questionId: 'eq3', state: 2, stability: 1, lastReview: before(2), due: before(1) },
      // 2.1 weighs 0.4, poorly remembered: first.
      { questionId: 'eq4', state: 2, stability: 1, lastReview: before(1.5), due: before(0.5) },
      { questionId: 'eq2', state: 0, stability: 0, lastReview: null, due: before(3) },
      { questionId: 'eq5', state: 0, stability: 0, lastReview: null, due: before(3) },
    ]);
    const plain = await reviewQueue(db, otherLearner.id, { courseId, now: weekBefore });
    expect(plain.cardIds).toEqual([other.get('eq1'), other.get('eq3'), other.get('eq4')]);
    expect(plain.counts.newLeft).toBe(0);

    expect((await saveStudyPlanAction.definition.run(otherLearner, { courseId, examDate }, request(weekBefore))).ok).toBe(true);
    const final = await reviewQueue(db, otherLearner.id, { courseId, now: weekBefore });
    // 5 days left: the 2 unstudied questions over the first ⌈5 / 2⌉ = 3 days is 1 a day, above the learner's 0.
    expect(final.counts.newLeft).toBe(1);
    expect(final.cardIds).toEqual([other.get('eq4'), other.get('eq3'), other.get('eq1'), other.get('eq2')]);

    const afterExam = await reviewQueue(db, otherLearner.id, { courseId, now: new Date('2027-04-01T10:00:00Z') });
    expect(afterExam.cardIds.slice(0, 3)).toEqual([other.get('eq1'), other.get('eq3'), other.get('eq4')]);
    expect(afterExam.counts.newLeft).toBe(0);
  });
});
