import { z } from 'zod';
import { commonFields, localId, markdown } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('ordering'),
  /** Written in the correct order; always shown shuffled. */
  items: z.array(z.strictObject({ id: localId, text: markdown })).min(3, 'needs at least 3 items'),
});
export const response = z.strictObject({ type: z.literal('ordering'), order: z.array(localId).max(50) });

export type OrderingQuestion = z.output<typeof definition>;
export type OrderingResponse = z.output<typeof response>;
