import { z } from 'zod';
import { commonFields, localId, markdown } from '../fields';

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('matching'),
  /** Left-hand column; each names the id of its right-hand choice. */
  prompts: z.array(z.strictObject({ id: localId, text: markdown, match: localId })).min(2, 'needs at least 2 prompts'),
  /** Right-hand column, may hold more choices than prompts (distractors); a choice may match several prompts. */
  choices: z.array(z.strictObject({ id: localId, text: markdown })).min(2, 'needs at least 2 choices'),
});
export const response = z.strictObject({ type: z.literal('matching'), pairs: z.record(localId, localId) });

export type MatchingQuestion = z.output<typeof definition>;
export type MatchingResponse = z.output<typeof response>;
