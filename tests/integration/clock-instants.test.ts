import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { cohortTable } from '../../lib/dashboard/instructor/cohort-table';
import { loadLearnerDashboard } from '../../lib/dashboard/learner-dashboard';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { Question } from '../../lib/questions/schema';
import { addLessonToDeck } from '../../lib/srs/deck';
import { reviewPresentation } from '../../lib/srs/review-presentation';
import { submitReview } from '../../lib/srs/review-card';
import { reviewQueue } from '../../lib/srs/review-queue';
import { saveSettings } from '../../lib/srs/save-settings';
import { srsSettingsSchema } from '../../lib/srs/settings';
import type { Db } from '../../lib/db/client';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/**
 * The same journey (review a card, then read the queue, the dashboard and the cohort table) at
 * the instants where a day changes: around midnight UTC, around a 4 am day start, and across the
 * end of daylight time in New York (01:59 EDT is followed by 01:00 EST). The expected learner
 * days are worked out by hand. The process clock is set 3½ days away from the test's `now`, so
 * any code that reads the real clock instead of `now` puts the review on another day and fails.
 */
const instants = [
  { name: 'just before midnight UTC', now: '2026-12-01T23:59:30Z', timeZone: 'UTC', dayStartHour: 0, day: '2026-12-01', minuteLater: '2026-12-02' },
  { name: 'just after midnight UTC', now: '2026-12-02T00:00:30Z', timeZone: 'UTC', dayStartHour: 0, day: '2026-12-02', minuteLater: '2026-12-02' },
  { name: 'just before a 4 am day start', now: '2026-12-02T03:59:30Z', timeZone: 'UTC', dayStartHour: 4, day: '2026-12-01', minuteLater: '2026-12-02' },
  { name: 'just after a 4 am day start', now: '2026-12-02T04:00:30Z', timeZone: 'UTC', dayStartHour: 4, day: '2026-12-02', minuteLater: '2026-12-02' },
  // 05:59:30Z is 01:59:30 EDT; a minute later the clocks have gone back to 01:00:30 EST: same day.
  {
    name: 'New York, the last minute of daylight time',
    now: '2026-11-01T05:59:30Z',
    timeZone: 'America/New_York',
    dayStartHour: 4,
    day: '2026-10-31',
    minuteLater: '2026-10-31',
  },
  // 08:59:30Z is 03:59:30 EST, so the 25-hour day of 31 October ends a minute later.
  {
    name: 'New York, just before 4 am on the day daylight time ends',
    now: '2026-11-01T08:59:30Z',
    timeZone: 'America/New_York',
    dayStartHour: 4,
    day: '2026-10-31',
    minuteLater: '2026-11-01',
  },
];

const lessonId = 'lesson-003-virtual-switching';
const minute = 60_000;

async function rightAnswer(db: Db, cardId: string) {
  const card = await db.card.findUniqueOrThrow({ where: { id: cardId }, include: { question: { select: { currentVersion: { select: { body: true } } } } } });
  const question = card.question.currentVersion!.body as Question;
  return { reps: card.reps, response: responseToTokens(reviewPresentation(card.showSalt, question), correctResponse(question)) };
}

describe('time-sensitive figures at the instants where a day changes', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db, 'clock');
  const courseId = 'ccna-200-301';
  await db.cohort.update({ where: { id: people.cohort.id }, data: { courseId } });
  let n = 0;

  afterEach(() => {
    vi.useRealTimers();
  });

  it.each(instants)('$name', async ({ now: at, timeZone, dayStartHour, day, minuteLater }) => {
    const now = new Date(at);
    vi.useFakeTimers({ toFake: ['Date'], now: now.getTime() + 3.5 * 86_400_000 });
    const userId = (await db.user.create({ data: { email: `clock-${n++}@example.com`, name: `Clock ${n}`, passwordHash: 'x', lastActiveAt: now } })).id;
    await db.cohortMember.create({ data: { cohortId: people.cohort.id, userId, joinedAt: now } });
    await saveSettings(db, userId, '*', srsSettingsSchema.parse({ timeZone, dayStartHour }));
    await addLessonToDeck(db, userId, lessonId, now);
    const [first, second] = await db.card.findMany({ where: { userId }, orderBy: { questionId: 'asc' }, take: 2 });

    const review = async (cardId: string, when: Date) =>
      expect(
        (await submitReview(db, userId, { reviewId: randomUUID(), cardId, ...(await rightAnswer(db, cardId)), rating: 3, durationMs: 3000 }, when)).status,
      ).toBe('applied');
    await review(first.id, now);
    const later = new Date(now.getTime() + minute);
    await review(second.id, later);

    const days = await db.studyDay.findMany({ where: { userId, courseId }, orderBy: { day: 'asc' } });
    const expected =
      day === minuteLater
        ? [{ day, reviews: 2 }]
        : [
            { day, reviews: 1 },
            { day: minuteLater, reviews: 1 },
          ];
    expect(days.map((d) => ({ day: d.day.toISOString().slice(0, 10), reviews: d.reviews }))).toEqual(expected);

    const reviewsOnLaterDay = expected.at(-1)!.reviews;
    // Both cards were new when reviewed, so they count against today's new-card limit.
    expect((await reviewQueue(db, userId, { courseId, now: later, take: 0 })).counts).toMatchObject({ newToday: reviewsOnLaterDay, reviewedToday: 0 });
    const dashboard = await loadLearnerDashboard(db, { userId, courseId, now: later });
    expect(dashboard.today).toBe(minuteLater);
    expect(dashboard.history.reviewsToday).toBe(reviewsOnLaterDay);

    const row = (await cohortTable(db, people.instructor, people.cohort.id, later)).learners.find((l) => l.userId === userId)!;
    expect(row).toMatchObject({ reviewsLast7Days: 2, atRisk: [] });
    expect(row.lastActiveAt).toBe(now.toISOString());
  });
});
