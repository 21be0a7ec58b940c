import { generatorByName, type GeneratorName } from '../../generators';
import { parseParams } from '../../generators/generator';
import { map } from '../../yaml-nodes';
import { defineQuestionType, untokenized, type QuestionTypeModule } from '../module';
import { gradeGenerated } from './grade';
import { generatedRules } from './rules';
import { definition, response } from './schema';

/** The seed whose variant stands for the entry where one answer must be named (a preview, a statement). */
const sampleSeed = 0;

const sampleAnswer = (entry: { generator: string; params: unknown }): string => {
  const generator = generatorByName(entry.generator as GeneratorName);
  return generator.answerText(generator.generate(parseParams(generator, entry.params), sampleSeed));
};

// Annotated: its variants are questions of the union this module is part of, a cycle TypeScript cannot infer through.
export const generated: QuestionTypeModule<typeof definition, typeof response> = defineQuestionType(
  definition,
  response,
)({
  label: 'Generated (fresh variant each time)',
  rules: generatedRules,
  grade: gradeGenerated,
  correctResponse: (entry) => ({ type: 'generated', seed: sampleSeed, text: sampleAnswer(entry) }),
  // Analysis groups by the entry (the template); the typed values differ per variant, so none are counted.
  itemAnalysis: { keys: () => [], answers: 'arranged' },
  texts: () => ({}),
  presentation: untokenized,
  yaml: (entry) => [
    ['generator', entry.generator],
    ['params', map(Object.entries(entry.params), true)],
  ],
  // The entry itself has no fixed answer; the GIFT export writes frozen variants in its place (formats/gift-export.ts).
  gift: { write: { skip: 'a generated entry has no fixed answer; GIFT holds only fixed questions' } },
  statement: (draft) => `Each showing is a fresh ${draft.generator} problem, answered and explained by its generator.`,
  blank: () => ({ generator: 'ipv4-subnet-facts', params: {} }),
});
