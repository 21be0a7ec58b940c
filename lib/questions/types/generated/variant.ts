import { generatorByName, type GeneratorName } from '../../generators';
import { parseParams, type CheckResult, type Variant } from '../../generators/generator';
import type { Question } from '../../schema';
import type { GeneratedQuestion } from './schema';

/** `answer`: the answer in its usual notation (what check() accepts first), for authors' previews. */
export type ShownVariant = { variant: Variant; question: Question; answer: string; check: (text: string) => CheckResult };

/**
 * The variant of an entry for one seed, as a concrete question of an existing type. It keeps the
 * entry's id, section (the "read more" link), objectives and difficulty, so everything downstream
 * treats it as the entry; its explanation is the variant's worked solution.
 */
export function generatedVariant(entry: GeneratedQuestion, seed: number): ShownVariant {
  const generator = generatorByName(entry.generator as GeneratorName);
  const variant = generator.generate(parseParams(generator, entry.params), seed);
  const { id, section, objectives, difficulty, tags } = entry;
  return {
    variant,
    question: { ...variant.question, id, section, objectives, difficulty, tags, explanation: variant.explanation },
    answer: generator.answerText(variant),
    check: (text) => generator.check(variant, text),
  };
}
