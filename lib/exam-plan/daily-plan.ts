import { addDays } from '../dashboard/day-keys';
import { newCardPace } from './pacing';

export type DailyPlanInput = {
  todayKey: string;
  daysLeft: number;
  /** Questions of the course the learner has never reviewed (in the deck or not). */
  unstudied: number;
  /** Reviewed cards falling due before the eve: each needs a review, whatever the date. */
  dueBeforeEve: number;
  /** Reviewed cards due on the eve, or brought forward to it by the exam rule. */
  dueOnEve: number;
  /** Showings of one new card before the exam, its first included (showingsBeforeExam). */
  showingsPerNewCard: number;
  /** The learner's own seconds per card so far, or a default. */
  secondsPerCard: number;
  minutesPerDay: number | null;
};

export type DailyPlan = {
  newPerDay: number;
  /** The last day new cards are introduced; null when nothing is left to introduce. */
  introduceUntil: string | null;
  /** Reviews a day on average until the eve, then on the eve itself. */
  reviewsPerDay: number;
  eveReviews: number;
  /** Minutes a typical day of the plan takes at the learner's pace, and whether it fits the minutes they set. */
  minutesNeeded: number;
  fitsMinutes: boolean | null;
};

/**
 * What to do each day until the exam so that every objective has been studied and recall on the
 * date reaches the target: introduce the unstudied questions at the pace that leaves the final
 * week for reviews, do the reviews that fall due (which FSRS times for the target retention), and
 * on the eve the cards the exam rule brought forward. Reviews of new cards are spread evenly over
 * the days before the eve, a simplification: in fact they bunch up in the days after each card is
 * introduced.
 */
export function dailyPlan(input: DailyPlanInput): DailyPlan | null {
  if (input.daysLeft <= 0) return null;
  const pace = newCardPace({ unstudied: input.unstudied, daysLeft: input.daysLeft });
  const daysBeforeEve = Math.max(1, input.daysLeft - 1);
  const laterShowings = input.unstudied * Math.max(0, input.showingsPerNewCard - 1);
  const reviewsPerDay = Math.ceil((input.dueBeforeEve + laterShowings) / daysBeforeEve);
  const eveReviews = input.daysLeft === 1 ? input.dueOnEve + reviewsPerDay : input.dueOnEve;
  const minutesNeeded = Math.ceil(((pace.perDay + reviewsPerDay) * input.secondsPerCard) / 60);
  return {
    newPerDay: pace.perDay,
    introduceUntil: pace.introduceDays > 0 ? addDays(input.todayKey, pace.introduceDays - 1) : null,
    reviewsPerDay,
    eveReviews,
    minutesNeeded,
    fitsMinutes: input.minutesPerDay === null ? null : minutesNeeded <= input.minutesPerDay,
  };
}
