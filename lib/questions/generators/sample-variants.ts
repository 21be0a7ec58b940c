import { randomInt } from 'node:crypto';
import { AppError } from '../../errors';
import { parseParams, seedSchema } from './generator';
import { generatorByName, generatorNames, isGeneratorName } from './index';

export type SampleOptions = { generator: string; params?: unknown; count: number; seed?: number };

/**
 * N variants of one generator with seeds seed, seed + 1, …: reproducible when a seed is given,
 * random otherwise. Only what an author checks is returned, not the concrete question.
 */
export function sampleVariants({ generator: name, params, count, seed }: SampleOptions) {
  if (!isGeneratorName(name)) throw new AppError('INVALID_INPUT', `Unknown generator "${name}"; use one of: ${generatorNames.join(', ')}.`);
  if (seed !== undefined && !seedSchema.safeParse(seed).success) throw new AppError('INVALID_INPUT', 'The seed must be a whole number from 0 to 4294967295.');
  const generator = generatorByName(name);
  const parsed = parseParams(generator, params);
  const first = seed ?? randomInt(0, 2 ** 32 - count);
  return Array.from({ length: count }, (_, i) => {
    const { seed: s, stem, given, answer } = generator.generate(parsed, (first + i) % 2 ** 32);
    return { seed: s, stem, given, answer };
  });
}
