import type { NumericQuestion, NumericResponse } from './schema';
import { ungradable, type GradeResult } from '../grade-result';

const decimal = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
// "1,000" reads as one thousand to some learners and as 1.000 to others: refuse to guess.
const thousandsLike = /^[+-]?\d+,\d{3}(?:e|$)/i;

/**
 * Reads a learner's number strictly: optional sign, digits with an optional decimal point,
 * optional exponent, surrounding whitespace allowed. A single comma is accepted as the decimal
 * separator when there is no dot ("1,5" is 1.5), except when exactly three digits follow it
 * ("1,000" is ambiguous). Anything else ("1,000.5", "1 000", "12abc", "", "NaN", "Infinity",
 * "0x10", overflow to infinity) is null.
 */
export function parseLearnerNumber(input: string): number | null {
  let text = input.trim();
  const commas = text.split(',').length - 1;
  if (commas > 0) {
    if (commas > 1 || text.includes('.') || thousandsLike.test(text)) return null;
    text = text.replace(',', '.');
  }
  if (!decimal.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/**
 * Value form: |x − value| ≤ tolerance, widened by 1e-9 × max(1, |value|) so that float noise
 * (|0.4 − 0.3| is 0.10000000000000003) does not fail an answer exactly at the tolerance.
 * Range form: min ≤ x ≤ max inclusive. An unreadable number is incorrect with reason 'not a number'.
 */
export function gradeNumeric(question: NumericQuestion, response: NumericResponse): GradeResult {
  const value = parseLearnerNumber(response.value);
  if (value === null) return ungradable('not a number');
  const { answer } = question;
  const correct =
    'value' in answer
      ? Math.abs(value - answer.value) <= answer.tolerance + 1e-9 * Math.max(1, Math.abs(answer.value))
      : answer.min <= value && value <= answer.max;
  return { correct, score: correct ? 1 : 0, partial: correct ? 1 : 0, detail: { type: 'numeric', value } };
}
