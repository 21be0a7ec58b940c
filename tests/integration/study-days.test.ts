import { randomUUID } from 'node:crypto';
import type { Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { addLessonToDeck, recordQuizAnswer } from '../../lib/srs/deck';
import { submitReview, undoReview } from '../../lib/srs/review-card';
import { saveSettings } from '../../lib/srs/save-settings';
import { srsSettingsSchema } from '../../lib/srs/settings';
import type { Db } from '../../lib/db/client';
import { copyOfContent } from '../helpers/content-tree';
import { reviewAnswer } from '../helpers/review-answer';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

const lessonId = 'lesson-004-containers';

const studyDays = (db: Db, userId: string) =>
  db.studyDay.findMany({ where: { userId }, orderBy: [{ day: 'asc' }, { courseId: 'asc' }], omit: { userId: true } });

describe('daily study statistics kept with each review', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  // Again goes with a wrong answer here, Hard to Easy with a right one: answer accuracy counts the grade, not the rating.
  const review = async (userId: string, cardId: string, rating: Grade, now: Date, durationMs = 5000) => {
    const reviewId = randomUUID();
    await submitReview(db, userId, { reviewId, cardId, ...(await reviewAnswer(db, cardId, rating > 1)), rating, durationMs }, now);
    return reviewId;
  };
  const coursesOf = async (questionId: string) =>
    [
      ...new Set(
        (await db.questionObjective.findMany({ where: { questionId }, select: { objective: { select: { courseId: true } } } })).map(
          (o) => o.objective.courseId,
        ),
      ),
    ].sort();

  it("counts each review in the learner's own day, for every course of the question, and undo takes it back", async () => {
    const { learner } = people;
    // Auckland is UTC+13 in January (daylight time); the day starts at 4 am local.
    await saveSettings(db, learner.id, '*', srsSettingsSchema.parse({ timeZone: 'Pacific/Auckland', dayStartHour: 4 }));
    await addLessonToDeck(db, learner.id, lessonId, now);
    const card = await db.card.findFirstOrThrow({ where: { userId: learner.id }, orderBy: { questionId: 'asc' } });
    const courses = await coursesOf(card.questionId);
    expect(courses.length).toBeGreaterThan(0);

    // 14:30 UTC on 9 Jan = 03:30 on 10 Jan in Auckland: before the day starts, so it is still 9 Jan.
    await review(learner.id, card.id, 3, new Date('2026-01-09T14:30:00Z'), 4000);
    // 15:30 UTC = 04:30 local on 10 Jan: a new learner day.
    const second = await review(learner.id, card.id, 1, new Date('2026-01-09T15:30:00Z'), 6000);
    const logs = await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { reviewedAt: 'asc' } });
    expect(logs.map((l) => [l.day.toISOString().slice(0, 10), l.firstOfDay])).toEqual([
      ['2026-01-09', true],
      ['2026-01-10', true],
    ]);
    expect(await studyDays(db, learner.id)).toEqual(
      ['2026-01-09', '2026-01-10'].flatMap((day, i) =>
        courses.map((courseId) => ({
          courseId,
          day: new Date(`${day}T00:00:00Z`),
          reviews: 1,
          passed: i === 0 ? 1 : 0,
          durationMs: i === 0 ? 4000 : 6000,
          // Both were reviews of cards not yet in review state (new, then learning): no retention entry.
          youngReviews: 0,
          youngPassed: 0,
          matureReviews: 0,
          maturePassed: 0,
        })),
      ),
    );
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { answers: true, correctAnswers: true } })).toEqual({
      answers: 2,
      correctAnswers: 1,
    });

    await undoReview(db, learner.id, second);
    const after = await studyDays(db, learner.id);
    expect(after.filter((d) => d.reviews > 0).map((d) => d.day.toISOString().slice(0, 10))).toEqual(courses.map(() => '2026-01-09'));
    expect(after.filter((d) => d.day.toISOString().startsWith('2026-01-10')).every((d) => d.reviews === 0 && d.durationMs === 0 && d.passed === 0)).toBe(true);
    expect(await db.card.findUniqueOrThrow({ where: { id: card.id }, select: { answers: true, correctAnswers: true } })).toEqual({
      answers: 1,
      correctAnswers: 1,
    });
  });

  it('splits first-of-day reviews of review cards into young and mature at a 21-day interval', async () => {
    const { otherLearner } = people;
    const now = new Date('2026-03-01T12:00:00Z');
    await addLessonToDeck(db, otherLearner.id, lessonId, now);
    const [young, mature] = await db.card.findMany({ where: { userId: otherLearner.id }, orderBy: { questionId: 'asc' }, take: 2 });
    const reviewState = (scheduledDays: number) => ({
      state: 2,
      stability: scheduledDays,
      difficulty: 5,
      scheduledDays,
      elapsedDays: scheduledDays,
      reps: 5,
      lastReview: new Date(now.getTime() - scheduledDays * 86_400_000),
      due: new Date(now.getTime() - 1000),
    });
    await db.card.update({ where: { id: young.id }, data: reviewState(20) });
    await db.card.update({ where: { id: mature.id }, data: reviewState(21) });
    await review(otherLearner.id, young.id, 3, now);
    await review(otherLearner.id, mature.id, 1, now);
    // A second review of the mature card the same day (now relearning) is not a first-of-day review.
    await review(otherLearner.id, mature.id, 3, new Date(now.getTime() + 15 * 60_000));
    const matureCourses = await coursesOf(mature.questionId);
    const shared = (await coursesOf(young.questionId)).find((c) => matureCourses.includes(c));
    expect(shared, 'two questions of one lesson share a course').toBeDefined();
    const day = (await studyDays(db, otherLearner.id)).find((d) => d.courseId === shared)!;
    expect(day).toMatchObject({ reviews: 3, passed: 2, youngReviews: 1, youngPassed: 1, matureReviews: 1, maturePassed: 0 });
  });

  it('a quiz answer that leaves the schedule alone still counts towards accuracy, once', async () => {
    const { admin } = people;
    const question = await db.question.findFirstOrThrow({ where: { lessonId }, orderBy: { id: 'asc' } });
    const now = new Date('2026-04-01T10:00:00Z');
    await db.$transaction((tx) => recordQuizAnswer(tx, { userId: admin.id, questionId: question.id, correct: true, answerId: 'quiz:a:0', now }));
    await db.$transaction((tx) =>
      recordQuizAnswer(tx, { userId: admin.id, questionId: question.id, correct: false, answerId: 'quiz:b:0', now: new Date(now.getTime() + 60_000) }),
    );
    const card = await db.card.findUniqueOrThrow({ where: { userId_questionId: { userId: admin.id, questionId: question.id } } });
    expect({ answers: card.answers, correctAnswers: card.correctAnswers, reps: card.reps }).toEqual({ answers: 2, correctAnswers: 1, reps: 1 });
    // The retried first answer is a duplicate: nothing moves.
    await db.$transaction((tx) => recordQuizAnswer(tx, { userId: admin.id, questionId: question.id, correct: true, answerId: 'quiz:a:0', now }));
    expect((await db.card.findUniqueOrThrow({ where: { id: card.id } })).answers).toBe(2);
    expect((await studyDays(db, admin.id)).reduce((sum, d) => sum + d.reviews, 0)).toBe((await coursesOf(question.id)).length);
  });

  it('counts at most five minutes of study time per review, and undo takes back the same', async () => {
    const { instructor } = people;
    await addLessonToDeck(db, instructor.id, lessonId, now);
    const card = await db.card.findFirstOrThrow({ where: { userId: instructor.id }, orderBy: { questionId: 'asc' } });
    const at = new Date('2026-05-05T12:00:00Z');
    const first = await review(instructor.id, card.id, 3, at, 86_400_000);
    const second = await review(instructor.id, card.id, 3, new Date(at.getTime() + 60_000), 90_000);
    const day = async () => (await studyDays(db, instructor.id)).map((d) => d.durationMs);
    expect(new Set(await day())).toEqual(new Set([300_000 + 90_000]));
    expect((await db.reviewLog.findMany({ where: { cardId: card.id }, orderBy: { reviewedAt: 'asc' } })).map((l) => l.durationMs)).toEqual([
      86_400_000, 90_000,
    ]);
    await undoReview(db, instructor.id, second);
    await undoReview(db, instructor.id, first);
    expect(new Set(await day())).toEqual(new Set([0]));
  });
});
