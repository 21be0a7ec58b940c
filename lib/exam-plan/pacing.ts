import { finalDays } from './exam-window';

export type NewCardPace = {
  /** New cards to introduce on each remaining introduction day. */
  perDay: number;
  /** Days over which they are spread, today first. */
  introduceDays: number;
};

/**
 * How fast to introduce the questions not yet studied so the whole blueprint is in the deck with
 * lead time: over the days before the final week, whose reviews then settle every new card (a
 * card learned a week before the exam has had its learning steps and a first day-scale interval).
 * Short of a week, the rest is introduced over the first half of the days left, still leaving
 * some review time. Recomputed every day from what is left, so a missed day spreads over the rest.
 */
export function newCardPace(input: { unstudied: number; daysLeft: number }): NewCardPace {
  if (input.daysLeft <= 0 || input.unstudied <= 0) return { perDay: 0, introduceDays: 0 };
  const introduceDays = input.daysLeft > finalDays ? input.daysLeft - finalDays : Math.ceil(input.daysLeft / 2);
  return { perDay: Math.ceil(input.unstudied / introduceDays), introduceDays };
}
