import type { Db } from '../db/client';
import { AppError } from '../errors';
import { presentQuestion, responseFromTokens, type PresentedQuestion } from '../questions/present';
import { renderQuestion, type QuestionHtml } from '../questions/render-question';
import type { QuestionResponse } from '../questions/schema';
import { gradeShown, shownQuestion } from '../questions/shown-question';
import { itemFeedback, type ItemFeedback } from '../quiz/item-feedback';
import { refuseIfInOpenExam } from '../quiz/open-exam';
import { countCheckedGrade } from './checked-grade';
import { reviewPresentation, reviewSeed } from './review-presentation';
import { weightsFor } from './parameters';
import { intervalLabel, schedulerFor, toFsrs, wrongAnswerRatingCap } from './scheduler';
import { learnerDay } from './learner-day';
import { examForQuestion } from '../exam-plan/exam-for-question';
import { dueBeforeExam } from '../exam-plan/exam-window';
import { resolveSettings } from './settings';
import { storedQuestion } from '../questions/stored-question';

export type ReviewCardView = { cardId: string; reps: number; state: number; lessonTitle: string; question: PresentedQuestion };
export type RatingPreview = { rating: 1 | 2 | 3 | 4; interval: string };
export type CheckedAnswer = { correct: boolean; feedback: ItemFeedback; previews: RatingPreview[] };

async function loadCards(db: Db, userId: string, cardIds: string[]) {
  const cards = await db.card.findMany({
    where: { id: { in: cardIds }, userId },
    include: { question: { select: { lesson: { select: { id: true, title: true, toc: true } }, currentVersion: { select: { body: true, html: true } } } } },
  });
  const byId = new Map(cards.map((c) => [c.id, c]));
  const loaded = cardIds.flatMap((id) => {
    const card = byId.get(id);
    if (!card?.question.currentVersion) return [];
    const { body, html } = card.question.currentVersion;
    const entry = storedQuestion(body);
    const seed = reviewSeed(card.showSalt, entry);
    return [
      {
        card,
        entry,
        seed,
        question: shownQuestion(entry, seed),
        html: html as QuestionHtml,
        lesson: { ...card.question.lesson, toc: card.question.lesson.toc as Array<{ id: string; text: string }> },
      },
    ];
  });
  // A variant's texts exist only once it is drawn, so they are rendered here (a few short texts).
  return Promise.all(loaded.map(async (card) => (card.seed === null ? card : { ...card, html: await renderQuestion(card.question) })));
}

/** The cards as the browser may see them before answering: no answers, opaque option ids. */
export async function reviewCardViews(db: Db, userId: string, cardIds: string[]): Promise<ReviewCardView[]> {
  return (await loadCards(db, userId, cardIds)).map(({ card, entry, question, html, lesson }) => ({
    cardId: card.id,
    reps: card.reps,
    state: card.state,
    lessonTitle: lesson.title,
    question: presentQuestion(question, html, reviewPresentation(card.showSalt, entry)),
  }));
}

/**
 * Grades an answer without scheduling anything yet, and says what each rating would do
 * (a wrong answer can be rated Again, or Hard when the learner judges it a slip). The schedule changes when the rating arrives. The
 * first check of a showing is the one that counts; checking again only shows the feedback again.
 */
export async function checkReviewAnswer(
  db: Db,
  userId: string,
  input: { cardId: string; reps: number; response: QuestionResponse; courseId?: string | null },
  now: Date,
): Promise<CheckedAnswer> {
  const [loaded] = await loadCards(db, userId, [input.cardId]);
  if (!loaded) throw new AppError('NOT_FOUND', 'No such card.');
  const { card, entry, seed, question, html, lesson } = loaded;
  if (card.reps !== input.reps) throw new AppError('CONFLICT', 'This card was already reviewed (in another tab?). Skip it; it comes back when it is due.');
  await refuseIfInOpenExam(db, userId, card.questionId, now);
  const presentation = reviewPresentation(card.showSalt, entry);
  const response = responseFromTokens(question, presentation, input.response);
  const grade = gradeShown(entry, seed, response);
  // Not an answer at all ("not an IPv4 address"): said to the learner, never counted as wrong.
  if (grade.invalid) throw new AppError('INVALID_INPUT', grade.invalid);
  const correct = await countCheckedGrade(db, { userId, cardId: card.id, reps: card.reps, correct: grade.correct });
  const settings = await resolveSettings(db, userId, input.courseId);
  const preview = schedulerFor(settings, (await weightsFor(db, userId, card.questionId)).weights).repeat(toFsrs(card), now);
  // The buttons show where the card will really fall due, exam rule included.
  const today = learnerDay(now, settings.timeZone, settings.dayStartHour);
  const exam = await examForQuestion(db, { userId, questionId: card.questionId, today, settings });
  const previews = ([1, 2, 3, 4] as const)
    .filter((r) => correct || r <= wrongAnswerRatingCap)
    .map((rating) => ({ rating, interval: intervalLabel(now, dueBeforeExam(preview[rating].card.due, now, exam)) }));
  return { correct, feedback: itemFeedback(entry, html, { presentation, response, seed }, lesson), previews };
}
