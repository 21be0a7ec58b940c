/**
 * Grading: one pure function per question type. Every result has `score` (0..1 exam credit,
 * 1 only when fully correct) and `partial` (0..1 practice credit).
 *
 * - single, truefalse: exact.
 * - multiple: `score` all-or-nothing (exactly the correct set); `partial` = max(0, (correct
 *   picked − wrong picked) / number correct). Duplicate ids count once; unknown ids count as wrong.
 * - ordering: `score` 1 iff the exact order; `partial` = fraction of items in their correct
 *   position. Missing items or unknown/duplicate ids make it incorrect (positions still count).
 * - matching: `score` 1 iff every prompt is matched to its choice; `partial` = fraction of prompts
 *   matched correctly. Unknown prompt ids are ignored; unanswered prompts count wrong.
 * - text: both sides NFKC-normalized, lowercased, whitespace collapsed and trimmed, one trailing
 *   period ignored; correct if equal to any accepted answer.
 * - numeric: the learner's string is parsed strictly (see `parseLearnerNumber`: "1,5" is 1.5,
 *   "1,000" and "1,000.5" are refused); unreadable → incorrect with reason 'not a number'.
 *   Value form |x − value| ≤ tolerance (plus a 1e-9 relative epsilon); range form min ≤ x ≤ max.
 * - A response of another type than the question → incorrect, score 0, reason 'wrong response type'.
 */
import type { Question, QuestionResponse } from '../schema';
import { ungradable, type GradeResult } from './grade-result';
import { gradeMatching } from './grade-matching';
import { gradeMultiple } from './grade-multiple';
import { gradeNumeric } from './grade-numeric';
import { gradeOrdering } from './grade-ordering';
import { gradeSingle } from './grade-single';
import { gradeText } from './grade-text';
import { gradeTrueFalse } from './grade-truefalse';

export type { GradeDetail, GradeResult } from './grade-result';
export { normalizeText } from './grade-text';
export { parseLearnerNumber } from './grade-numeric';

const wrongType = () => ungradable('wrong response type');

export function gradeResponse(question: Question, response: QuestionResponse): GradeResult {
  switch (question.type) {
    case 'single':
      return response.type === 'single' ? gradeSingle(question, response) : wrongType();
    case 'multiple':
      return response.type === 'multiple' ? gradeMultiple(question, response) : wrongType();
    case 'truefalse':
      return response.type === 'truefalse' ? gradeTrueFalse(question, response) : wrongType();
    case 'ordering':
      return response.type === 'ordering' ? gradeOrdering(question, response) : wrongType();
    case 'matching':
      return response.type === 'matching' ? gradeMatching(question, response) : wrongType();
    case 'text':
      return response.type === 'text' ? gradeText(question, response) : wrongType();
    case 'numeric':
      return response.type === 'numeric' ? gradeNumeric(question, response) : wrongType();
  }
}

/**
 * The canonical correct response, shown after grading. Text uses the first accepted answer;
 * a numeric range uses its lower bound (any value in the range is correct).
 */
export function correctResponse(question: Question): QuestionResponse {
  switch (question.type) {
    case 'single':
      return { type: 'single', choice: question.answer };
    case 'multiple':
      return { type: 'multiple', choices: [...question.answer] };
    case 'truefalse':
      return { type: 'truefalse', value: question.answer };
    case 'ordering':
      return { type: 'ordering', order: question.items.map((item) => item.id) };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(question.prompts.map((p) => [p.id, p.match])) };
    case 'text':
      return { type: 'text', text: question.accept[0] };
    case 'numeric':
      return { type: 'numeric', value: String('value' in question.answer ? question.answer.value : question.answer.min) };
  }
}
