import { z } from 'zod';
import { option } from '../choice-options';
import { commonFields, localId } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('multiple'),
  options: z.array(option).min(3, 'needs at least 3 options'),
  /** The learner is told how many to choose ("choose two"). */
  answer: z.array(localId).min(2, 'a multiple-select question has at least 2 correct options'),
});
export const response = z.strictObject({ type: z.literal('multiple'), choices: z.array(localId).max(50) });

export type MultipleQuestion = z.output<typeof definition>;
export type MultipleResponse = z.output<typeof response>;
