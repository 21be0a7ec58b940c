import { z } from 'zod';
import { option } from '../choice-options';
import { commonFields, localId } from '../fields';

/** An option of a multiple-answer question may carry Moodle's partial credit. */
const multipleOption = option.extend({
  /** Percent of the practice credit picking this option earns (negative: a penalty), as Moodle's answer fraction; see grade.ts. */
  credit: z.number().min(-100).max(100).optional(),
});

export const definition = z.strictObject({
  ...commonFields,
  type: z.literal('multiple'),
  options: z.array(multipleOption).min(3, 'needs at least 3 options'),
  /** The learner is told how many to choose ("choose two"); one is allowed, as Moodle keeps such a question multiple-answer. */
  answer: z.array(localId).min(1, 'list at least one correct option'),
});
export const response = z.strictObject({ type: z.literal('multiple'), choices: z.array(localId).max(50) });

export type MultipleQuestion = z.output<typeof definition>;
export type MultipleResponse = z.output<typeof response>;
