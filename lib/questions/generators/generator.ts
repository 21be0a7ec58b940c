import { z } from 'zod';
import { AppError } from '../../errors';
import type { Question } from '../schema';

/** Plain JSON fields, so a variant can be printed by the sample command and stored with its seed. */
export type Fields = Record<string, unknown>;

export type Variant<G extends Fields = Fields, A extends Fields = Fields> = {
  seed: number;
  stem: string;
  given: G;
  answer: A;
  /** One concrete question of an existing type, so today's UI and grader can show and grade it. */
  question: Question;
  /** A worked solution in Markdown. */
  explanation: string;
};

export type CheckResult = { correct: boolean } | { invalid: string };

/**
 * `generate` takes params already parsed by `params` (parse once, generate many: a drill and the
 * benchmark make thousands of variants from one entry). `check` grades a typed answer in any correct
 * notation and returns `invalid` for input that is not an answer at all; it never throws.
 * Choice-type variants are graded through `question` too; `check` is their typed form (drills, bench).
 */
export type Generator<P extends z.ZodType = z.ZodType, G extends Fields = Fields, A extends Fields = Fields> = {
  params: P;
  generate(params: z.output<P>, seed: number): Variant<G, A>;
  check(variant: Variant<G, A>, text: string): CheckResult;
  /** The answer as a learner would type it, in its usual notation: shown after answering, and what `check` must accept. */
  answerText(variant: Variant<G, A>): string;
};

export const defineGenerator = <P extends z.ZodType, G extends Fields, A extends Fields>(g: Generator<P, G, A>) => g;

/** Seeds are unsigned 32-bit integers: what pure-rand takes, and safe in JSON and PostgreSQL bigint. */
export const seedSchema = z.number().int().min(0).max(0xffffffff);

export function parseParams<P extends z.ZodType>(generator: { params: P }, raw: unknown): z.output<P> {
  const parsed = generator.params.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  throw new AppError('INVALID_INPUT', `Invalid params: ${where}${issue.message}`);
}

/** A [min, max] pair from params, e.g. the prefix range of a subnetting entry. */
export const rangeSchema = (min: number, max: number) =>
  z
    .tuple([z.number().int().min(min).max(max), z.number().int().min(min).max(max)])
    .refine(([lo, hi]) => lo <= hi, 'the first number must not exceed the second');

/** A non-empty list of things to ask, without repeats. */
export const askSchema = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(z.enum(values))
    .min(1, 'ask for at least one thing')
    .refine((list) => new Set(list).size === list.length, 'list each thing to ask once')
    .default([...values]);
