import { z } from 'zod';
import { generatorByName, generatorNames, type GeneratorName } from '../questions/generators';
import { parseParams, type CheckResult, type Variant } from '../questions/generators/generator';

/** What a run drills: each generator with its params, stored on the run as JSON and read back through this schema. */
export const runGeneratorsSchema = z
  .array(z.strictObject({ generator: z.enum(generatorNames as [GeneratorName, ...GeneratorName[]]), params: z.record(z.string(), z.json()).default({}) }))
  .min(1, 'pick at least one generator')
  .max(generatorNames.length)
  .refine((list) => new Set(list.map((g) => g.generator)).size === list.length, 'pick each generator once');

export type RunGenerator = z.output<typeof runGeneratorsSchema>[number];

export type DrillVariant = { variant: Variant; answer: string; check: (text: string) => CheckResult };

/** The variant a drill item shows: its generator with the params the run recorded, and the item's seed. */
export function drillVariant(choice: RunGenerator, seed: number): DrillVariant {
  const generator = generatorByName(choice.generator);
  const variant = generator.generate(parseParams(generator, choice.params), seed);
  return { variant, answer: generator.answerText(variant), check: (text) => generator.check(variant, text) };
}

/** Items take the run's generators in turn, so each gets an even share of the sprint. */
export const generatorAt = (generators: RunGenerator[], position: number) => generators[position % generators.length];

/** The run's entry for an item's stored generator: its params as recorded when the run started. */
export function choiceFor(stored: unknown, generator: string): RunGenerator {
  const choice = runGeneratorsSchema.parse(stored).find((g) => g.generator === generator);
  // Items are only ever created from the run's own list.
  if (!choice) throw new Error(`Drill item names ${generator}, which its run does not drill.`);
  return choice;
}
