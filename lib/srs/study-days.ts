import { State } from 'ts-fsrs';
import type { Prisma } from '../db/generated/client';

type Tx = Prisma.TransactionClient;

/** Anki calls a review card mature once its interval reaches three weeks. */
export const matureIntervalDays = 21;

/**
 * Study time counts at most this much per review, as Anki caps answer time: a card left open
 * over lunch is not an hour of study (and a day's total stays far inside an int).
 */
export const maxCountedReviewMs = 5 * 60_000;

/** What one review log adds to its learner day's statistics (undo subtracts the same). */
export type StudyContribution = {
  userId: string;
  questionId: string;
  /** The learner day key, YYYY-MM-DD. */
  day: string;
  rating: number;
  /** The card's state and interval before the review, as the log records them. */
  state: number;
  scheduledDays: number;
  firstOfDay: boolean;
  durationMs: number | null;
};

/**
 * Adds (sign 1) or removes (sign -1) one review from the StudyDay rows of every course the
 * question belongs to. Runs in the review's own transaction so the aggregates never drift
 * from the log; dashboards read these rows instead of the log.
 */
export async function countInStudyDays(tx: Tx, review: StudyContribution, sign: 1 | -1) {
  const passed = review.rating > 1 ? 1 : 0;
  // True retention counts only a card's first review of the day, and only in review state.
  const retention = review.firstOfDay && review.state === State.Review;
  const mature = retention && review.scheduledDays >= matureIntervalDays ? 1 : 0;
  const young = retention && !mature ? 1 : 0;
  const d = (n: number) => n * sign;
  const studyMs = Math.min(review.durationMs ?? 0, maxCountedReviewMs);
  await tx.$executeRaw`
    INSERT INTO "StudyDay" ("userId", "courseId", day, reviews, passed, "durationMs", "youngReviews", "youngPassed", "matureReviews", "maturePassed")
    SELECT ${review.userId}, c."courseId", ${review.day}::date, ${d(1)}, ${d(passed)}, ${d(studyMs)},
           ${d(young)}, ${d(young * passed)}, ${d(mature)}, ${d(mature * passed)}
    FROM (SELECT DISTINCT o."courseId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
          WHERE qo."questionId" = ${review.questionId}) c
    ON CONFLICT ("userId", "courseId", day) DO UPDATE SET
      reviews = "StudyDay".reviews + EXCLUDED.reviews,
      passed = "StudyDay".passed + EXCLUDED.passed,
      "durationMs" = "StudyDay"."durationMs" + EXCLUDED."durationMs",
      "youngReviews" = "StudyDay"."youngReviews" + EXCLUDED."youngReviews",
      "youngPassed" = "StudyDay"."youngPassed" + EXCLUDED."youngPassed",
      "matureReviews" = "StudyDay"."matureReviews" + EXCLUDED."matureReviews",
      "maturePassed" = "StudyDay"."maturePassed" + EXCLUDED."maturePassed"`;
}

/** Counts a graded answer on the card (reviews and quiz answers alike), for answer accuracy. */
export function countAnswer(correct: boolean, sign: 1 | -1 = 1) {
  return { answers: { increment: sign }, correctAnswers: { increment: correct ? sign : 0 } };
}
