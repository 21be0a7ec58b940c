import type { MatchingQuestion, MatchingResponse } from './schema';
import type { GradeResult } from '../grade-result';

/**
 * `score` is 1 only when every prompt is matched to its choice. `partial` = fraction of prompts
 * matched correctly. Pairs for unknown prompt ids are ignored; unanswered prompts count wrong.
 */
export function gradeMatching(question: MatchingQuestion, response: MatchingResponse): GradeResult {
  const prompts: Record<string, boolean> = {};
  for (const prompt of question.prompts) {
    // Own keys only: a prompt id such as "constructor" must not hit Object.prototype.
    prompts[prompt.id] = Object.hasOwn(response.pairs, prompt.id) && response.pairs[prompt.id] === prompt.match;
  }
  const right = Object.values(prompts).filter(Boolean).length;
  const correct = right === question.prompts.length;
  return {
    correct,
    score: correct ? 1 : 0,
    partial: right / question.prompts.length,
    detail: { type: 'matching', prompts },
  };
}
