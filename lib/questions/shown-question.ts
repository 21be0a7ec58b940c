import { gradeResponse } from './grading';
import type { Question, QuestionResponse } from './schema';
import { allOrNothing, type GradeResult } from './types/grade-result';
import { generatedVariant } from './types/generated/variant';

/**
 * What a learner is shown for a bank entry: the entry itself, or for a generated entry the variant
 * of the seed kept with the showing (on the attempt item, the review log). Presentation, grading
 * and feedback all go through the shown question, so a variant is handled as its concrete type.
 */
export function shownQuestion(entry: Question, seed: number | null): Question {
  return entry.type === 'generated' ? generatedVariant(entry, seedOf(entry, seed)).question : entry;
}

/** A grade, or why the answer is not an answer at all (a generated entry's "not an IPv4 address"). */
export type ShownGrade = GradeResult & { invalid?: string };

/**
 * Typed answers to a variant go through its generator's check(), which accepts every correct
 * notation ("/24" or "255.255.255.0"); other kinds through their concrete type's grader.
 */
export function gradeShown(entry: Question, seed: number | null, response: QuestionResponse): ShownGrade {
  if (entry.type !== 'generated') return gradeResponse(entry, response);
  const shown = generatedVariant(entry, seedOf(entry, seed));
  if (response.type !== 'text' || shown.question.type !== 'text') return gradeResponse(shown.question, response);
  const result = shown.check(response.text);
  return 'invalid' in result ? { ...allOrNothing(false), invalid: result.invalid } : allOrNothing(result.correct);
}

function seedOf(entry: Question, seed: number | null): number {
  // Every showing of a generated entry is created with a seed; a missing one is a broken row.
  if (seed === null) throw new Error(`The showing of generated entry "${entry.id}" has no seed.`);
  return seed;
}
