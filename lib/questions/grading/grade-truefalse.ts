import type { QuestionOf, ResponseOf } from '../schema';
import { allOrNothing, type GradeResult } from './grade-result';

/** Exact: correct only when the value equals the answer. */
export function gradeTrueFalse(question: QuestionOf<'truefalse'>, response: ResponseOf<'truefalse'>): GradeResult {
  return allOrNothing(response.value === question.answer);
}
