import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { contentHash } from './content-files';
import type { LoadedChapter } from './load-chapters';
import type { LoadedLesson } from './load-lessons';
import type { CompiledLesson } from './markdown/compile-lesson';
import type { ContentProblem } from './problems';
import type { SyncCount } from './sync-courses';
import { ownershipColumns, ownershipState, transition, type OwnershipColumns } from './ownership';

type Tx = Prisma.TransactionClient;

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
 * is archived (hidden), never deleted: learners' progress and answers refer to it. Who owns each
 * lesson, its file or the browser, decides the rest (`transition` in ./ownership).
 */
export async function syncLessons(db: Db, lessons: LoadedLesson[]): Promise<{ count: LessonSyncCount; conflicts: ContentProblem[] }> {
  const count: LessonSyncCount = { created: 0, updated: 0, unchanged: 0, archived: 0 };
  const conflicts: ContentProblem[] = [];
  const rows = await db.lesson.findMany({ select: { id: true, source: true, owner: true, baseFileHash: true, contentHash: true, archivedAt: true } });
  const existing = new Map(rows.map((l) => [l.id, l]));

  for (const lesson of lessons) {
    const stored = existing.get(lesson.frontmatter.id);
    const file = { hash: contentHash(lesson.source), holdsBrowserVersion: stored?.source === lesson.source };
    const { next, action } = transition(ownershipState(stored ?? null), { kind: 'sync', file });
    if (action.kind === 'keep-browser-version') {
      if (action.conflict) conflicts.push(conflictWarning({ file: lesson.file, line: 1 }, `lesson ${lesson.frontmatter.id}`, `/author/lessons/${lesson.frontmatter.id}`));
      count.unchanged++;
      continue;
    }
    const ownership = { source: lesson.source, ...ownershipColumns(next) };
    const fileChanged = stored?.source !== lesson.source;
    // Loading left `compiled` out exactly when the stored row is current and reusable.
    if (!lesson.compiled && !fileChanged && action.onlyIfChanged) {
      count.unchanged++;
      continue;
    }
    await db.$transaction(async (tx) => {
      if (lesson.compiled) await writeLesson(tx, { ...lesson, compiled: lesson.compiled }, ownership);
      else await tx.lesson.update({ where: { id: lesson.frontmatter.id }, data: { ...ownership, sourcePath: lesson.file } });
      if (fileChanged) await addRevision(tx, lesson.frontmatter.id, { source: lesson.source, kind: 'file', authorId: null });
    });
    if (!stored) count.created++;
    else if (lesson.compiled || !action.onlyIfChanged) count.updated++;
    else count.unchanged++;
  }

  const kept = new Set(lessons.map((l) => l.frontmatter.id));
  const gone = rows.filter((l) => !kept.has(l.id) && !l.archivedAt && transition(ownershipState(l), { kind: 'sync-file-gone' }).action.kind === 'archive').map((l) => l.id);
  if (gone.length) count.archived = (await db.lesson.updateMany({ where: { id: { in: gone }, archivedAt: null }, data: { archivedAt: new Date() } })).count;
  return { count, conflicts };
}

/** The warning sync gives instead of overwriting a browser edit with a file that changed since. */
export function conflictWarning(at: { file: string; line: number }, what: string, editorPath: string): ContentProblem {
  return {
    ...at,
    severity: 'warning',
    message:
      `conflict: ${what} was edited in the browser and this file changed since, so the file was NOT synced (the browser version stays). ` +
      `Either export the browser version (npm run content:export -- DIR), merge it with this file and commit the result, ` +
      `or discard the browser edit at ${editorPath} and sync again.`,
  };
}

export type LessonOwnership = OwnershipColumns & { source: string };

/** Writes a compiled lesson with its objectives and searchable sections; shared by sync and browser publishing. */
export async function writeLesson(tx: Tx, { frontmatter: lesson, extra, file, compiled, linkCheck, hash }: Omit<LoadedLesson, 'source'> & { compiled: CompiledLesson }, ownership: LessonOwnership) {
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
    ...ownership,
  };
  const objectiveIds = Object.entries(lesson.examObjectives ?? {}).flatMap(([courseId, codes]) => codes.map((code) => `${courseId}:${code}`));
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
}

export type RevisionKind = 'file' | 'publish' | 'restore';

/** Numbered after the lesson's last revision; the unique (lessonId, number) turns a race into an error, not a gap. */
export async function addRevision(tx: Tx, lessonId: string, revision: { source: string; kind: RevisionKind; authorId: string | null }) {
  const last = await tx.lessonRevision.findFirst({ where: { lessonId }, orderBy: { number: 'desc' }, select: { number: true } });
  return tx.lessonRevision.create({ data: { lessonId, number: (last?.number ?? 0) + 1, ...revision } });
}
