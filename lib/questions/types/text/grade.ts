import type { TextQuestion, TextResponse } from './schema';
import { allOrNothing, type GradeResult } from '../grade-result';

/**
 * NFKC (so full-width and compatibility forms compare equal), lowercase (`toLowerCase` is
 * locale-independent, unlike `toLocaleLowerCase`), whitespace runs collapsed to one space and
 * trimmed, then one trailing period dropped.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\.$/, '')
    .trimEnd();
}

/** Correct when the normalized response equals any normalized accepted answer. */
export function gradeText(question: TextQuestion, response: TextResponse): GradeResult {
  const given = normalizeText(response.text);
  // An accepted answer of "." normalizes to "" too; an empty response is never an answer.
  if (given === '') return allOrNothing(false);
  return allOrNothing(question.accept.some((accepted) => normalizeText(accepted) === given));
}
