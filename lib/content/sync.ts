import path from 'node:path';
import { z } from 'zod';
import type { Db } from '../db/client';
import { loadChapters } from './load-chapters';
import { loadCourses } from './load-courses';
import { loadImages } from './load-images';
import { loadLessons, type LinkCheck } from './load-lessons';
import { loadQuestions } from '../questions/load-questions';
import { syncQuestions } from '../questions/sync-questions';
import { errorsOnly, InvalidContentError, type ContentProblem } from './problems';
import { syncCourses, type SyncCount } from './sync-courses';
import { syncImages } from './sync-images';
import { syncChapters, syncLessons, type LessonSyncCount } from './sync-lessons';

/**
 * Validates the whole tree at `contentDir`; reports every problem at once. `compiledBefore`
 * (content hash → link data) lets lessons that are stored unchanged skip the compiler.
 */
export async function checkContent(contentDir: string, compiledBefore?: ReadonlyMap<string, LinkCheck>) {
  const courses = await loadCourses(contentDir);
  const chapters = await loadChapters(contentDir, new Set(courses.courses.map((c) => c.definition.id)));
  const images = await loadImages(path.join(contentDir, 'lessons'));
  const lessons = await loadLessons(contentDir, chapters.chapters, courses.courses, compiledBefore, images.forLesson);
  const questions = await loadQuestions(contentDir, lessons.lessons, courses.courses);
  const problems: ContentProblem[] = [...courses.problems, ...chapters.problems, ...images.problems, ...lessons.problems, ...questions.problems];
  return {
    images: images.images,
    courses: courses.courses,
    chapters: chapters.chapters,
    lessons: lessons.lessons,
    questions: questions.questions,
    problems,
    counts: { courses: courses.courses.length, chapters: chapters.chapters.length, lessons: lessons.lessons.length, questions: questions.questions.length },
  };
}

const linkCheckSchema: z.ZodType<LinkCheck> = z.object({
  links: z.array(z.object({ lessonId: z.string().nullable(), anchor: z.string().nullable(), line: z.number() })),
  headingIds: z.array(z.string()),
});

export type SyncReport = { courses: SyncCount; chapters: LessonSyncCount; lessons: LessonSyncCount; questions: LessonSyncCount; warnings: ContentProblem[] };

/** Loads the tree into the database. Refuses to write anything when any file is invalid. */
export async function syncContent(db: Db, contentDir: string): Promise<SyncReport> {
  const stored = await db.lesson.findMany({ where: { archivedAt: null }, select: { contentHash: true, linkCheck: true } });
  // Rows written before link data was stored (or with damaged data) are simply recompiled.
  const reusable = stored.flatMap((l) => {
    const parsed = linkCheckSchema.safeParse(l.linkCheck);
    return parsed.success ? [[l.contentHash, parsed.data] as const] : [];
  });
  const checked = await checkContent(contentDir, new Map(reusable));
  if (errorsOnly(checked.problems).length) throw new InvalidContentError(checked.problems);
  const courses = await syncCourses(db, checked.courses);
  const chapters = await syncChapters(db, checked.chapters);
  // Before the lessons, so no published lesson ever shows an image that is not there yet.
  await syncImages(db, checked.images);
  const lessons = await syncLessons(db, checked.lessons);
  const questions = await syncQuestions(db, checked.questions);
  return {
    courses,
    chapters,
    lessons: lessons.count,
    questions: questions.count,
    // Conflicts are warnings, not errors: the rest of the content still syncs.
    warnings: [...checked.problems, ...lessons.conflicts, ...questions.conflicts],
  };
}
