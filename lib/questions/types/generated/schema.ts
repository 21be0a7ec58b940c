import { z } from 'zod';
import { text as requestText } from '../../../http/input';
import { generatorNames, isGeneratorName } from '../../generators';
import { seedSchema } from '../../generators/generator';
import { commonFields, markdown, required } from '../fields';

/**
 * A bank entry that names a generator: each showing is a fresh variant, a concrete question of
 * another type (see variant.ts). Its params are checked against the generator's own schema by
 * the type's rules, so a problem points at the param's line. Stem and explanation are what
 * authors' lists show; learners see the variant's.
 */
export const definition = z.strictObject({
  ...commonFields,
  stem: markdown.default('A fresh generated problem each time it is shown.'),
  explanation: markdown.default('The worked solution of each variant is shown after answering.'),
  type: z.literal('generated'),
  // An exhibit would describe one variant while learners see another.
  exhibits: z.never({ error: 'a generated entry cannot carry exhibits: each showing is a different variant' }).optional(),
  // A string rather than an enum of the names: the names' type comes from the generators, whose
  // variants are questions of this very union, and TypeScript would see a circular type.
  generator: z
    .string(required)
    .refine((name: string): boolean => isGeneratorName(name), { error: (): string => `name one of the generators: ${generatorNames.join(', ')}` }),
  params: z.record(z.string(), z.json()).default({}),
});
/**
 * A typed answer to the variant of `seed`, graded by the generator's check(). A quiz or review
 * never takes one from the browser: its variant is shown and answered as its concrete type, with
 * the seed kept on the server.
 */
export const response = z.strictObject({ type: z.literal('generated'), seed: seedSchema, text: requestText.max(500) });

export type GeneratedQuestion = z.output<typeof definition>;
export type GeneratedResponse = z.output<typeof response>;
