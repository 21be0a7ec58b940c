import { z } from 'zod';
import { option } from '../choice-options';
import { commonFields, localId } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('single'),
  options: z.array(option).min(2, 'needs at least 2 options'),
  answer: localId,
});
export const response = z.strictObject({ type: z.literal('single'), choice: localId });

export type SingleQuestion = z.output<typeof definition>;
export type SingleResponse = z.output<typeof response>;
