import { allOrNothing, ungradable, type GradeResult } from '../grade-result';
import type { GeneratedQuestion, GeneratedResponse } from './schema';
import { generatedVariant } from './variant';

/** A typed answer to the variant of its seed, by the generator's check(): every correct notation counts. */
export function gradeGenerated(entry: GeneratedQuestion, response: GeneratedResponse): GradeResult {
  const result = generatedVariant(entry, response.seed).check(response.text);
  return 'invalid' in result ? ungradable(result.invalid) : allOrNothing(result.correct);
}
