import { z } from 'zod';
// NUL-free, as every string a request carries must be.
import { text as requestText } from '../../../http/input';
import { commonFields, markdown } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('text'),
  /** Accepted answers, compared ignoring case, extra whitespace, brackets, hyphens between words and a parenthesis restating the term (see grade.ts). */
  accept: z.array(markdown).min(1, 'list at least one accepted answer'),
});
export const response = z.strictObject({ type: z.literal('text'), text: requestText.max(500) });

export type TextQuestion = z.output<typeof definition>;
export type TextResponse = z.output<typeof response>;
