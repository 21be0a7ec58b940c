import { randomUUID } from 'node:crypto';
import type { Grade } from 'ts-fsrs';
import { z } from 'zod';
import { readJsonColumn } from '../db/json-column';
import type { Prisma } from '../db/generated/client';
import { examForQuestion } from '../exam-plan/exam-for-question';
import { dueBeforeExam, type ExamWindow } from '../exam-plan/exam-window';
import { learnerDay } from './learner-day';
import { leechLapses } from './leech';
import { weightsFor } from './parameters';
import { fromFsrs, schedulerFor, toFsrs, type CardFields } from './scheduler';
import type { SrsSettingsValue } from './settings';
import { countAnswer, countInStudyDays } from './study-days';

type Tx = Prisma.TransactionClient;
export type CardRow = CardFields & {
  id: string;
  userId: string;
  questionId: string;
  suspended: boolean;
  leech: boolean;
  showSalt: string;
  checkedReps: number | null;
  checkedCorrect: boolean | null;
};

/**
 * Schedules one review of a card the caller has locked, and appends its log. The log keeps the
 * card exactly as it was, so undo can put it back; the day's statistics move with it. `correct`
 * is the answer's grade, which the rating no longer tells alone (a wrong answer may be rated Hard).
 * With an exam booked for one of the question's courses, an interval that would end after the
 * exam is cut to its eve (dueBeforeExam).
 */
export async function applyReview(
  tx: Tx,
  card: CardRow,
  /** `seed`: the variant of a generated card that was answered. */
  review: {
    id: string;
    rating: Grade;
    correct: boolean;
    now: Date;
    source: 'review' | 'quiz';
    durationMs?: number;
    seed?: number | null;
    settings: SrsSettingsValue;
  },
) {
  const parameters = await weightsFor(tx, card.userId, card.questionId);
  const { card: next, log } = schedulerFor(review.settings, parameters.weights).next(toFsrs(card), review.now, review.rating);
  const day = learnerDay(review.now, review.settings.timeZone, review.settings.dayStartHour);
  const exam = await examForQuestion(tx, { userId: card.userId, questionId: card.questionId, today: day, settings: review.settings });
  const fields = towardExam(fromFsrs(next), review.now, exam);
  const becomesLeech = fields.lapses >= leechLapses && !card.leech;
  const updated = await tx.card.update({
    where: { id: card.id },
    data: {
      ...fields,
      ...countAnswer(review.correct),
      showSalt: randomUUID(),
      paramsVersion: parameters.version,
      ...(becomesLeech ? { suspended: true, leech: true } : {}),
    },
  });
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
      // With the answer's grade, so undo takes the right answer back out of the counts (the rating no longer says it).
      previous: { ...(snapshot(card) as Prisma.JsonObject), answeredCorrect: review.correct },
      day: new Date(day.key),
      firstOfDay: earlierToday === 0,
    },
  });
  await countInStudyDays(
    tx,
    {
      userId: card.userId,
      questionId: card.questionId,
      day: day.key,
      rating: review.rating,
      state: log.state,
      scheduledDays: log.scheduled_days,
      firstOfDay: earlierToday === 0,
      durationMs,
    },
    1,
  );
  return { card: updated, becameLeech: becomesLeech };
}

/** The scheduled card, its due date brought forward to the exam's eve when the interval would pass the exam (the interval then says so too). */
function towardExam(fields: CardFields, now: Date, exam: ExamWindow | null): CardFields {
  const due = dueBeforeExam(fields.due, now, exam);
  if (due === fields.due) return fields;
  return { ...fields, due, scheduledDays: Math.floor((due.getTime() - now.getTime()) / 86_400_000) };
}

/** The card as it was before a review, kept on the log (dates as ISO strings) so undo can put it back. */
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
    showSalt: card.showSalt,
    checkedReps: card.checkedReps,
    checkedCorrect: card.checkedCorrect,
  };
}

const isoDate = z.iso.datetime().transform((value) => new Date(value));

/**
 * `ReviewLog.previous`. Logs written before undo restored the showing lack `showSalt` and the
 * check; undoing one of those draws a fresh showing, as it always did.
 */
const snapshotSchema = z.object({
  due: isoDate,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number(),
  scheduledDays: z.number(),
  learningSteps: z.number(),
  reps: z.number(),
  lapses: z.number(),
  state: z.number(),
  lastReview: isoDate.nullable(),
  suspended: z.boolean(),
  leech: z.boolean(),
  showSalt: z.string().optional(),
  checkedReps: z.number().nullable().optional(),
  checkedCorrect: z.boolean().nullable().optional(),
  /** The grade of the answer the review applied; absent on logs from before a wrong answer could be rated Hard. */
  answeredCorrect: z.boolean().optional(),
});

/** The card's fields back from a log's snapshot; the same variant of a generated card is shown again. */
export function fromSnapshot(json: unknown) {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the grade belongs to the review, not to the card
  const { showSalt, checkedReps, checkedCorrect, answeredCorrect, ...fields } = readJsonColumn(snapshotSchema, json, 'ReviewLog.previous');
  return { ...fields, showSalt: showSalt ?? randomUUID(), checkedReps: checkedReps ?? null, checkedCorrect: checkedCorrect ?? null };
}

/** The grade of the answer a review log applied; older logs, whose wrong answers were always Again, tell it by the rating. */
export function gradeOf(log: { rating: number; previous: unknown }): boolean {
  return readJsonColumn(snapshotSchema, log.previous, 'ReviewLog.previous').answeredCorrect ?? log.rating > 1;
}

export async function lockCard(tx: Tx, userId: string, cardId: string): Promise<CardRow | null> {
  const rows = await tx.$queryRaw<CardRow[]>`
    SELECT id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
           reps, lapses, state, "lastReview", suspended, leech, "showSalt", "checkedReps", "checkedCorrect"
    FROM "Card" WHERE id = ${cardId} AND "userId" = ${userId} FOR UPDATE`;
  return rows[0] ?? null;
}
