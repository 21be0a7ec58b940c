import type { QuestionOf, ResponseOf } from '../schema';
import { allOrNothing, type GradeResult } from './grade-result';

/** Exact: correct only when the chosen option is the answer. */
export function gradeSingle(question: QuestionOf<'single'>, response: ResponseOf<'single'>): GradeResult {
  return allOrNothing(response.choice === question.answer);
}
