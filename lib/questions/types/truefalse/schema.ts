import { z } from 'zod';
import { commonFields, required } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('truefalse'),
  answer: z.boolean(required),
  /** Shown after answering: `true` to a learner who answered true, `false` to one who answered false (Moodle's feedbacktrue/feedbackfalse). */
  feedback: z.strictObject({ true: z.string().trim().min(1).optional(), false: z.string().trim().min(1).optional() }).optional(),
});
export const response = z.strictObject({ type: z.literal('truefalse'), value: z.boolean() });

export type TrueFalseQuestion = z.output<typeof definition>;
export type TrueFalseResponse = z.output<typeof response>;
