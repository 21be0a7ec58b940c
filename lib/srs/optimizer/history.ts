import { FSRSBindingItem, FSRSBindingReview } from '@open-spaced-repetition/binding';
import { learnerDay } from '../learner-day';

export type HistoryReview = { cardId: string; rating: number; reviewedAt: Date; timeZone: string; dayStartHour: number };

/**
 * Turns review logs into the optimizer's training items, as fsrs-rs expects them: for each card,
 * one item per review after the first, holding every review up to it; `deltaT` is the number of
 * learner days since the previous review (0 for the first), so same-day steps count as 0.
 */
export function trainingItems(reviews: HistoryReview[]): FSRSBindingItem[] {
  const byCard = new Map<string, HistoryReview[]>();
  for (const review of reviews) byCard.set(review.cardId, [...(byCard.get(review.cardId) ?? []), review]);
  const items: FSRSBindingItem[] = [];
  for (const history of byCard.values()) {
    history.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const days = history.map((r) => Date.parse(learnerDay(r.reviewedAt, r.timeZone, r.dayStartHour).key) / 86_400_000);
    const steps = history.map((r, i) => new FSRSBindingReview(r.rating, i === 0 ? 0 : days[i] - days[i - 1]));
    for (let end = 2; end <= steps.length; end++) {
      const item = new FSRSBindingItem(steps.slice(0, end));
      // Items whose reviews all fall on one day teach the long-term model nothing.
      if (item.longTermReviewCnt() > 0) items.push(item);
    }
  }
  return items;
}
