import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { learnerDay } from './learner-day';
import { resolveSettings } from './settings';

export type QueueCounts = { due: number; newAvailable: number; reviewedToday: number; newToday: number; reviewsLeft: number; newLeft: number };

/**
 * What to review now: due cards first (oldest first), then new cards up to today's new-card
 * limit; both within today's review limit. "Today" is the learner's day (their time zone and
 * day-start hour). New cards are those never reviewed; learning cards count as reviews.
 */
export async function reviewQueue(db: Db, userId: string, options: { courseId?: string | null; now?: Date; take?: number } = {}) {
  const now = options.now ?? new Date();
  const settings = await resolveSettings(db, userId, options.courseId);
  const day = learnerDay(now, settings.timeZone, settings.dayStartHour);
  const live: Prisma.CardWhereInput = { userId, suspended: false, question: { archivedAt: null, ...courseFilter(options.courseId).question } };

  const [todayLogs, due, newAvailable] = await Promise.all([
    db.reviewLog.groupBy({ by: ['state'], where: { userId, reviewedAt: { gte: day.start, lt: day.end } }, _count: true }),
    db.card.count({ where: { ...live, state: { not: 0 }, due: { lte: now } } }),
    db.card.count({ where: { ...live, state: 0 } }),
  ]);
  const newToday = todayLogs.filter((g) => g.state === 0).reduce((sum, g) => sum + g._count, 0);
  const reviewedToday = todayLogs.filter((g) => g.state !== 0).reduce((sum, g) => sum + g._count, 0);
  const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - reviewedToday);
  const newLeft = Math.max(0, Math.min(settings.newPerDay - newToday, reviewsLeft - Math.min(due, reviewsLeft)));
  const take = options.take ?? 100;

  const dueCards = await db.card.findMany({ where: { ...live, state: { not: 0 }, due: { lte: now } }, orderBy: { due: 'asc' }, take: Math.min(take, reviewsLeft), select: { id: true } });
  const newCards = await db.card.findMany({ where: { ...live, state: 0 }, orderBy: [{ createdAt: 'asc' }, { questionId: 'asc' }], take: Math.min(newLeft, take - dueCards.length), select: { id: true } });
  const counts: QueueCounts = { due, newAvailable, reviewedToday, newToday, reviewsLeft, newLeft };
  return { cardIds: [...dueCards, ...newCards].map((c) => c.id), counts, day, settings };
}

/** Cards whose question belongs to the course (all cards without one). */
function courseFilter(courseId?: string | null): { question?: Prisma.QuestionWhereInput } {
  return courseId ? { question: { objectives: { some: { objective: { courseId } } } } } : {};
}

/** Cards coming due during the learner's next day (for the finish screen). */
export async function dueTomorrow(db: Db, userId: string, options: { courseId?: string | null; now?: Date } = {}): Promise<number> {
  const settings = await resolveSettings(db, userId, options.courseId);
  const today = learnerDay(options.now ?? new Date(), settings.timeZone, settings.dayStartHour);
  const tomorrow = learnerDay(today.end, settings.timeZone, settings.dayStartHour);
  return db.card.count({ where: { userId, suspended: false, state: { not: 0 }, due: { gte: today.end, lt: tomorrow.end }, ...courseFilter(options.courseId) } });
}
