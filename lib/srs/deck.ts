import { randomUUID } from 'node:crypto';
import { createEmptyCard } from 'ts-fsrs';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { applyReview, lockCard } from './apply-review';
import { learnerDay } from './learner-day';
import { fromFsrs, ratings } from './scheduler';
import { resolveSettings } from './settings';
import { countAnswer } from './study-days';

type Tx = Prisma.TransactionClient;

function newCardData(userId: string, questionId: string, now: Date) {
  return { id: randomUUID(), userId, questionId, ...fromFsrs(createEmptyCard(now)) };
}

/**
 * Quiz answers feed the scheduler. Rule: an answer in any quiz puts its question in the deck (a
 * new card, reviewed at once). For a card already in the deck, an answer counts as a review only
 * when the card is due and has had no review yet in the learner's current day; further answers
 * that day leave the schedule alone, so retaking a quiz cannot cram a card into a long interval.
 * Right → Good, wrong → Again. `answerId` makes a retried answer count once.
 */
export async function recordQuizAnswer(tx: Tx, answer: { userId: string; questionId: string; correct: boolean; answerId: string; now: Date }) {
  const settings = await resolveSettings(tx, answer.userId);
  await tx.card.createMany({ data: [newCardData(answer.userId, answer.questionId, answer.now)], skipDuplicates: true });
  const { id } = await tx.card.findUniqueOrThrow({
    where: { userId_questionId: { userId: answer.userId, questionId: answer.questionId } },
    select: { id: true },
  });
  const card = (await lockCard(tx, answer.userId, id))!;
  if (card.suspended || (await tx.reviewLog.findUnique({ where: { id: answer.answerId }, select: { id: true } }))) return;
  if (card.state !== 0) {
    const day = learnerDay(answer.now, settings.timeZone, settings.dayStartHour);
    const reviewedToday = await tx.reviewLog.count({ where: { cardId: card.id, reviewedAt: { gte: day.start, lt: day.end } } });
    if (card.due > answer.now || reviewedToday > 0) {
      // The schedule stays put, but the answer still counts towards the learner's accuracy.
      await tx.card.update({ where: { id: card.id }, data: countAnswer(answer.correct) });
      return;
    }
  }
  await applyReview(tx, card, {
    id: answer.answerId,
    rating: answer.correct ? ratings.good : ratings.again,
    correct: answer.correct,
    now: answer.now,
    source: 'quiz',
    settings,
  });
}

/** Completing a lesson adds its questions to the deck as new cards (a setting, on by default). */
export async function addLessonToDeck(db: Db, userId: string, lessonId: string, now: Date): Promise<number> {
  const settings = await resolveSettings(db, userId);
  if (!settings.addOnLessonComplete) return 0;
  const questions = await db.question.findMany({ where: { lessonId, archivedAt: null }, select: { id: true } });
  const created = await db.card.createMany({ data: questions.map((q) => newCardData(userId, q.id, now)), skipDuplicates: true });
  return created.count;
}
