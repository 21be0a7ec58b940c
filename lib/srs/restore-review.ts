import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { QuestionResponse } from '../questions/schema';
import { undoReview } from './review-card';
import { checkReviewAnswer, reviewCardViews, type CheckedAnswer, type ReviewCardView } from './review-view';

/** The card an undo put back, as it stood before the rating: shown the same way, and checked again when the answer is known. */
export type RestoredCard = { view: ReviewCardView; checked: CheckedAnswer | null };

/**
 * Undoes the named review and returns its card ready to be rated again. Undo restores the card's
 * showing (same option order, same opaque tokens) and the grade of its first check, so checking
 * the answer the learner gave again shows the same feedback and ratings without changing that
 * grade. The answer comes from the page that gave it: the server keeps grades, not responses.
 * When the check is refused now (the question went into an exam that started meanwhile), the
 * card comes back unanswered instead.
 */
export async function undoToRating(
  db: Db,
  userId: string,
  input: { reviewId: string; response?: QuestionResponse; courseId?: string | null },
  now: Date,
): Promise<RestoredCard | null> {
  const undone = await undoReview(db, userId, input.reviewId);
  if (!undone) return null;
  const [view] = await reviewCardViews(db, userId, [undone.cardId]);
  if (!view) return null;
  if (!input.response) return { view, checked: null };
  try {
    return {
      view,
      checked: await checkReviewAnswer(db, userId, { cardId: view.cardId, reps: view.reps, response: input.response, courseId: input.courseId }, now),
    };
  } catch (error) {
    if (error instanceof AppError) return { view, checked: null };
    throw error;
  }
}
