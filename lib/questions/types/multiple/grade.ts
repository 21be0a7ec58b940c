import type { MultipleQuestion, MultipleResponse } from './schema';
import type { GradeResult } from '../grade-result';

/**
 * `score` is all-or-nothing: exactly the correct set (exams). `partial` (practice): with option
 * credits, their sum over the picks, clamped to 0..100 %, as Moodle grades it; without, max(0,
 * (correct picked − wrong picked) / number correct), so picking everything earns nothing.
 * Duplicate ids count once; ids that are not correct options (including unknown ones) count as
 * wrong picks.
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
    partial: correct ? 1 : partialCredit(question, correctPicks, wrongPicks),
    detail: { type: 'multiple', correctPicks, wrongPicks, missed },
  };
}

function partialCredit(question: MultipleQuestion, correctPicks: string[], wrongPicks: string[]): number {
  if (!question.options.some((o) => o.credit !== undefined)) return Math.max(0, (correctPicks.length - wrongPicks.length) / question.answer.length);
  const credit = (id: string) => question.options.find((o) => o.id === id)?.credit ?? 0;
  const percent = [...correctPicks, ...wrongPicks].reduce((sum, id) => sum + credit(id), 0);
  return Math.min(1, Math.max(0, percent / 100));
}
