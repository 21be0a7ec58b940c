import { aclEvaluation } from './acl-evaluation';
import type { z } from 'zod';
import type { CheckResult, Generator, Variant } from './generator';
import { ipv4SubnetDesign } from './ipv4-subnet-design';
import { ipv4SubnetFacts } from './ipv4-subnet-facts';
import { ipv6 } from './ipv6-generator';
import { numberConversion } from './number-conversion';
import { routeSelection } from './route-selection';
import { routeSummarization } from './route-summarization';
import { stpElection } from './stp-election';
import { vlsmAllocation } from './vlsm-allocation';
import { wildcardMask } from './wildcard-mask';

/** Every generator a bank entry can name; `satisfies` keeps each one's own param and field types. */
export const generators = {
  'ipv4-subnet-facts': ipv4SubnetFacts,
  'ipv4-subnet-design': ipv4SubnetDesign,
  'vlsm-allocation': vlsmAllocation,
  'route-summarization': routeSummarization,
  'wildcard-mask': wildcardMask,
  'number-conversion': numberConversion,
  ipv6,
  'route-selection': routeSelection,
  'acl-evaluation': aclEvaluation,
  'stp-election': stpElection,
} satisfies Record<
  string,
  { params: z.ZodType; generate(params: never, seed: number): Variant; check(variant: never, text: string): CheckResult; answerText(variant: never): string }
>;

export type GeneratorName = keyof typeof generators;
export const generatorNames = Object.keys(generators) as GeneratorName[];

export const isGeneratorName = (name: string): name is GeneratorName => Object.hasOwn(generators, name);

/**
 * For callers that pick a generator by name at run time (the sample command, the benchmark): the
 * params they pass come from `parseParams` on the same generator, so erasing its own types is safe.
 */
export const generatorByName = (name: GeneratorName) => generators[name] as unknown as Generator;
