import { z } from 'zod';
import { commonFields, markdown } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('text'),
  /** Accepted answers, compared ignoring case, surrounding and repeated whitespace. */
  accept: z.array(markdown).min(1, 'list at least one accepted answer'),
});
export const response = z.strictObject({ type: z.literal('text'), text: z.string().max(500) });

export type TextQuestion = z.output<typeof definition>;
export type TextResponse = z.output<typeof response>;
