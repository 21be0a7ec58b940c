import { z } from 'zod';
import { objectiveCodeMessage, objectiveCodePattern } from '../../content/objective-codes';

// zod's own message for a missing key ("expected string, received undefined") reads like a type error.
export const required = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined) };
export const slug = z.string(required).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
export const localId = z.string(required).regex(/^[A-Za-z0-9_-]{1,40}$/, 'use letters, digits, "-" or "_" (at most 40)');
export const markdown = z.string(required).trim().min(1, 'is required');
const objectiveCode = z.string().regex(objectiveCodePattern, objectiveCodeMessage);

export const difficulties = ['easy', 'medium', 'hard'] as const;

export const exhibitKinds = ['cli', 'markdown'] as const;
/** Real exam items show one or two; more would not fit the tabs on a phone. */
export const maxExhibits = 4;

/**
 * What a real exam item shows beside the question: device output (`cli`, shown exactly as written
 * in a monospace block) or a Markdown table or picture (`markdown`, sanitized like every text).
 * Only trailing space is dropped: leading spaces line up CLI columns.
 */
export const exhibitSchema = z.strictObject({
  title: z.string(required).trim().min(1, 'is required').max(80, 'at most 80 characters: it names a tab'),
  kind: z.enum(exhibitKinds, { error: 'use cli or markdown' }),
  text: z
    .string(required)
    .transform((text) => text.trimEnd())
    .pipe(z.string().min(1, 'is required')),
});
export type Exhibit = z.infer<typeof exhibitSchema>;

/** The fields every question type shares; a type's definition spreads them and adds its answer. */
export const commonFields = {
  id: slug,
  stem: markdown,
  explanation: markdown,
  /** Heading anchor in the lesson for "read more"; checked against the compiled lesson. */
  section: slug.optional(),
  /** Course id → objective or sub-objective codes; defaults to the lesson's own examObjectives when omitted. */
  objectives: z.record(slug, z.array(objectiveCode).min(1)).optional(),
  difficulty: z.enum(difficulties).default('medium'),
  tags: z.array(slug).default([]),
  /** Shown in a panel next to the question, opened by the learner (components/quiz/exhibits.tsx). */
  exhibits: z.array(exhibitSchema).min(1, 'list at least one exhibit, or leave the key out').max(maxExhibits, `at most ${maxExhibits} exhibits`).optional(),
};
