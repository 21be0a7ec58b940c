import { z } from 'zod';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');

export const chapterSchema = z.object({
  id: slug,
  title: z.string().trim().min(1, 'is required'),
  order: z.number().int().min(0),
  courses: z.array(slug).min(1, 'name at least one course id'),
  summary: z.string().trim().min(1).optional(),
});

export const chaptersFileSchema = z.object({ chapters: z.array(chapterSchema) });

export type ChapterDefinition = z.infer<typeof chapterSchema>;
