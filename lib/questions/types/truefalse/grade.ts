import type { TrueFalseQuestion, TrueFalseResponse } from './schema';
import { allOrNothing, type GradeResult } from '../grade-result';

/** Exact: correct only when the value equals the answer. */
export function gradeTrueFalse(question: TrueFalseQuestion, response: TrueFalseResponse): GradeResult {
  return allOrNothing(response.value === question.answer);
}
