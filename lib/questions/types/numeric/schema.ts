import { z } from 'zod';
// NUL-free, as every string a request carries must be.
import { text as requestText } from '../../../http/input';
import { commonFields } from '../fields';

const numericAnswer = z.union([
  z.strictObject({ value: z.number(), tolerance: z.number().nonnegative().default(0) }),
  z.strictObject({ min: z.number(), max: z.number() }).refine((r) => r.min <= r.max, 'min must not exceed max'),
]);

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('numeric'),
  answer: numericAnswer,
  /** Shown next to the input, e.g. "hosts" or "ms". */
  unit: z.string().trim().optional(),
});
export const response = z.strictObject({ type: z.literal('numeric'), value: requestText.max(50) });

export type NumericAnswer = z.output<typeof numericAnswer>;
export type NumericQuestion = z.output<typeof definition>;
export type NumericResponse = z.output<typeof response>;
