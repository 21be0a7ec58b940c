import type { Db } from '../db/client';
import type { LoadedChapter } from './load-chapters';
import type { LoadedLesson } from './load-lessons';
import type { CompiledLesson } from './markdown/compile-lesson';
import type { SyncCount } from './sync-courses';

export type LessonSyncCount = SyncCount & { archived: number };

export async function syncChapters(db: Db, chapters: LoadedChapter[]): Promise<LessonSyncCount> {
  const count: LessonSyncCount = { created: 0, updated: 0, unchanged: 0, archived: 0 };
  const existing = new Map((await db.chapter.findMany({ select: { id: true, contentHash: true, archivedAt: true } })).map((c) => [c.id, c]));
  for (const { definition: chapter, hash } of chapters) {
    const previous = existing.get(chapter.id);
    if (previous?.contentHash === hash && !previous.archivedAt) {
      count.unchanged++;
      continue;
    }
    const fields = { title: chapter.title, order: chapter.order, summary: chapter.summary ?? null, contentHash: hash, archivedAt: null };
    await db.$transaction([
      db.chapter.upsert({ where: { id: chapter.id }, create: { id: chapter.id, ...fields }, update: fields }),
      db.chapterCourse.deleteMany({ where: { chapterId: chapter.id } }),
      db.chapterCourse.createMany({ data: chapter.courses.map((courseId) => ({ chapterId: chapter.id, courseId })) }),
    ]);
    if (previous) count.updated++;
    else count.created++;
  }
  const kept = chapters.map((c) => c.definition.id);
  count.archived = (await db.chapter.updateMany({ where: { id: { notIn: kept }, archivedAt: null }, data: { archivedAt: new Date() } })).count;
  return count;
}

/**
 * Upserts compiled lessons, skipping those whose hash is unchanged. A lesson whose file is gone
 * is archived (hidden), never deleted: learners' progress and answers refer to it.
 */
export async function syncLessons(db: Db, lessons: LoadedLesson[]): Promise<LessonSyncCount> {
  const count: LessonSyncCount = { created: 0, updated: 0, unchanged: 0, archived: 0 };
  const existing = new Set((await db.lesson.findMany({ select: { id: true } })).map((l) => l.id));

  for (const lesson of lessons) {
    // Loading left `compiled` out exactly when the stored row is current and reusable.
    if (!lesson.compiled) {
      count.unchanged++;
      continue;
    }
    const previous = existing.has(lesson.frontmatter.id);
    await writeLesson(db, { ...lesson, compiled: lesson.compiled });
    if (previous) count.updated++;
    else count.created++;
  }

  const kept = lessons.map((l) => l.frontmatter.id);
  count.archived = (await db.lesson.updateMany({ where: { id: { notIn: kept }, archivedAt: null }, data: { archivedAt: new Date() } })).count;
  return count;
}

async function writeLesson(db: Db, { frontmatter: lesson, extra, file, compiled, linkCheck, hash }: LoadedLesson & { compiled: CompiledLesson }) {
  const fields = {
    chapterId: lesson.chapterId,
    title: lesson.title,
    order: lesson.order,
    duration: lesson.duration,
    objectives: lesson.objectives,
    summary: lesson.summary ?? null,
    draft: lesson.draft,
    extra: extra as object,
    html: compiled.html,
    toc: compiled.toc,
    wordCount: compiled.wordCount,
    readingMinutes: compiled.readingMinutes,
    sourcePath: file,
    contentHash: hash,
    linkCheck,
    archivedAt: null,
  };
  const objectiveIds = Object.entries(lesson.examObjectives ?? {}).flatMap(([courseId, codes]) => codes.map((code) => `${courseId}:${code}`));
  await db.$transaction(async (tx) => {
    await tx.lesson.upsert({ where: { id: lesson.id }, create: { id: lesson.id, ...fields }, update: fields });
    await tx.lessonObjective.deleteMany({ where: { lessonId: lesson.id } });
    await tx.lessonObjective.createMany({ data: objectiveIds.map((objectiveId) => ({ lessonId: lesson.id, objectiveId })) });
    await tx.lessonSection.deleteMany({ where: { lessonId: lesson.id } });
    await tx.lessonSection.createMany({
      data: compiled.sections.map((section, position) => ({
        id: `${lesson.id}#${section.anchor}`,
        lessonId: lesson.id,
        anchor: section.anchor,
        heading: section.anchor ? section.heading : lesson.title,
        position,
        body: section.text,
      })),
    });
    // Headings weigh more than body text in the ranking.
    await tx.$executeRaw`UPDATE "LessonSection" SET search = setweight(to_tsvector('english', heading), 'A') || setweight(to_tsvector('english', body), 'B') WHERE "lessonId" = ${lesson.id}`;
  });
}
