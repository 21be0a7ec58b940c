import type { SingleQuestion, SingleResponse } from './schema';
import { allOrNothing, type GradeResult } from '../grade-result';

/** Exact: correct only when the chosen option is the answer. */
export function gradeSingle(question: SingleQuestion, response: SingleResponse): GradeResult {
  return allOrNothing(response.choice === question.answer);
}
