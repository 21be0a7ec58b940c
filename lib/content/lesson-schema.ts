import { z } from 'zod';
import { objectiveCodeMessage, objectiveCodePattern } from './objective-codes';

// zod's own message for a missing key ("expected string, received undefined") reads like a type error.
const required = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined) };
const slug = z.string(required).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const objectiveCode = z.string().regex(objectiveCodePattern, objectiveCodeMessage);
const text = z.string(required).trim().min(1, 'is required');

/**
 * Lesson frontmatter. A plain (non-strict) object on purpose: unknown keys are stripped here
 * and reported as warnings by the loader, so an author's experimental key never blocks a sync.
 */
export const lessonFrontmatterSchema = z.object({
  id: slug,
  title: text,
  chapterId: slug,
  order: z.number(required).int().min(0),
  /** Minutes the author expects the lesson to take; the compiler's reading time is separate. */
  duration: z.number(required).int().positive(),
  objectives: z.array(text, required).min(1, 'list at least one learning objective'),
  summary: text.optional(),
  draft: z.boolean().default(false),
  /** Course id → objective or sub-objective codes of that course's blueprint, e.g. { "ccna-200-301": ["1.12", "1.9.c"] }. */
  examObjectives: z.record(slug, z.array(objectiveCode)).optional(),
});

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;

export const knownLessonKeys = Object.keys(lessonFrontmatterSchema.shape);
