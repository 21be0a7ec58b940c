import { z } from 'zod';
import { objectiveCodeMessage, objectiveCodePattern } from '../../content/objective-codes';

// zod's own message for a missing key ("expected string, received undefined") reads like a type error.
export const required = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined) };
export const slug = z.string(required).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
export const localId = z.string(required).regex(/^[A-Za-z0-9_-]{1,40}$/, 'use letters, digits, "-" or "_" (at most 40)');
export const markdown = z.string(required).trim().min(1, 'is required');
const objectiveCode = z.string().regex(objectiveCodePattern, objectiveCodeMessage);

export const difficulties = ['easy', 'medium', 'hard'] as const;

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
};
