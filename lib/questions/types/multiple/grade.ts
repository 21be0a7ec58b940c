import type { MultipleQuestion, MultipleResponse } from './schema';
import type { GradeResult } from '../grade-result';

/**
 * `score` is all-or-nothing: exactly the correct set. `partial` = max(0, (correct picked − wrong
 * picked) / number correct), so picking everything earns nothing. Duplicate ids count once;
 * ids that are not correct options (including unknown ones) count as wrong picks.
 */
export function gradeMultiple(question: MultipleQuestion, response: MultipleResponse): GradeResult {
  const answer = new Set(question.answer);
  const picks = [...new Set(response.choices)];
  const correctPicks = picks.filter((id) => answer.has(id));
  const wrongPicks = picks.filter((id) => !answer.has(id));
  const missed = [...answer].filter((id) => !correctPicks.includes(id));
  const correct = wrongPicks.length === 0 && missed.length === 0;
  return {
    correct,
    score: correct ? 1 : 0,
    partial: Math.max(0, (correctPicks.length - wrongPicks.length) / answer.size),
    detail: { type: 'multiple', correctPicks, wrongPicks, missed },
  };
}
