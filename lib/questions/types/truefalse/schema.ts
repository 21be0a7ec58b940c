import { z } from 'zod';
import { commonFields, required } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('truefalse'),
  answer: z.boolean(required),
});
export const response = z.strictObject({ type: z.literal('truefalse'), value: z.boolean() });

export type TrueFalseQuestion = z.output<typeof definition>;
export type TrueFalseResponse = z.output<typeof response>;
