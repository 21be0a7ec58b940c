import { randomUUID } from 'node:crypto';
import type { Grade } from 'ts-fsrs';
import type { Prisma } from '../db/generated/client';
import { learnerDay } from './learner-day';
import { leechLapses } from './leech';
import { weightsFor } from './parameters';
import { fromFsrs, schedulerFor, toFsrs, type CardFields } from './scheduler';
import type { SrsSettingsValue } from './settings';
import { countAnswer, countInStudyDays } from './study-days';

type Tx = Prisma.TransactionClient;
export type CardRow = CardFields & { id: string; userId: string; questionId: string; suspended: boolean; leech: boolean; showSalt: string; checkedReps: number | null; checkedCorrect: boolean | null };


/**
 * Schedules one review of a card the caller has locked, and appends its log. The log keeps the
 * card exactly as it was, so undo can put it back; the day's statistics move with it.
 */
export async function applyReview(
  tx: Tx,
  card: CardRow,
  /** `seed`: the variant of a generated card that was answered. */
  review: { id: string; rating: Grade; now: Date; source: 'review' | 'quiz'; durationMs?: number; seed?: number | null; settings: SrsSettingsValue },
) {
  const parameters = await weightsFor(tx, card.userId, card.questionId);
  const { card: next, log } = schedulerFor(review.settings, parameters.weights).next(toFsrs(card), review.now, review.rating);
  const fields = fromFsrs(next);
  const becomesLeech = fields.lapses >= leechLapses && !card.leech;
  const updated = await tx.card.update({
    where: { id: card.id },
    data: {
      ...fields,
      ...countAnswer(review.rating > 1),
      showSalt: randomUUID(),
      paramsVersion: parameters.version,
      ...(becomesLeech ? { suspended: true, leech: true } : {}),
    },
  });
  const day = learnerDay(review.now, review.settings.timeZone, review.settings.dayStartHour);
  const earlierToday = await tx.reviewLog.count({ where: { cardId: card.id, reviewedAt: { gte: day.start, lt: day.end } } });
  const durationMs = review.durationMs === undefined ? null : Math.round(review.durationMs);
  await tx.reviewLog.create({
    data: {
      id: review.id,
      userId: card.userId,
      cardId: card.id,
      rating: review.rating,
      source: review.source,
      state: log.state,
      due: log.due,
      stability: log.stability,
      difficulty: log.difficulty,
      elapsedDays: log.elapsed_days,
      lastElapsedDays: log.last_elapsed_days,
      scheduledDays: log.scheduled_days,
      learningSteps: log.learning_steps,
      reviewedAt: review.now,
      durationMs,
      seed: review.seed ?? null,
      previous: snapshot(card),
      day: new Date(day.key),
      firstOfDay: earlierToday === 0,
    },
  });
  await countInStudyDays(
    tx,
    { userId: card.userId, questionId: card.questionId, day: day.key, rating: review.rating, state: log.state, scheduledDays: log.scheduled_days, firstOfDay: earlierToday === 0, durationMs },
    1,
  );
  return { card: updated, becameLeech: becomesLeech };
}

/** The card's scheduling fields as JSON (dates as ISO strings), for undo. */
export function snapshot(card: CardRow): Prisma.InputJsonValue {
  return {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsedDays,
    scheduledDays: card.scheduledDays,
    learningSteps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.lastReview?.toISOString() ?? null,
    suspended: card.suspended,
    leech: card.leech,
  };
}

export function fromSnapshot(json: unknown) {
  const s = json as Record<string, unknown>;
  return {
    due: new Date(s.due as string),
    stability: s.stability as number,
    difficulty: s.difficulty as number,
    elapsedDays: s.elapsedDays as number,
    scheduledDays: s.scheduledDays as number,
    learningSteps: s.learningSteps as number,
    reps: s.reps as number,
    lapses: s.lapses as number,
    state: s.state as number,
    lastReview: s.lastReview ? new Date(s.lastReview as string) : null,
    suspended: s.suspended as boolean,
    leech: s.leech as boolean,
  };
}

export async function lockCard(tx: Tx, userId: string, cardId: string): Promise<CardRow | null> {
  const rows = await tx.$queryRaw<CardRow[]>`
    SELECT id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
           reps, lapses, state, "lastReview", suspended, leech, "showSalt", "checkedReps", "checkedCorrect"
    FROM "Card" WHERE id = ${cardId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}
