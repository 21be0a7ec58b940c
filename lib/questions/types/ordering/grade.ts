import type { OrderingQuestion, OrderingResponse } from './schema';
import type { GradeResult } from '../grade-result';

/**
 * `score` is 1 only for the exact order. `partial` = fraction of items at their correct
 * position. A response that is missing items, or has extra, unknown or duplicate ids, is
 * incorrect; its exact positions still earn partial credit.
 */
export function gradeOrdering(question: OrderingQuestion, response: OrderingResponse): GradeResult {
  const positions = question.items.map((item, index) => response.order[index] === item.id);
  const inPlace = positions.filter(Boolean).length;
  // Equal length plus every position right rules out missing, extra, unknown and duplicate ids.
  const correct = response.order.length === question.items.length && inPlace === question.items.length;
  return {
    correct,
    score: correct ? 1 : 0,
    partial: inPlace / question.items.length,
    detail: { type: 'ordering', positions },
  };
}
