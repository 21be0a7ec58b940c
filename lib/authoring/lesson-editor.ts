import type { Db } from '../db/client';
import { stamp } from './edit-base';
import { placeholderLessonId } from './lesson-id';
import { fileConflict } from './lesson-overview';

/** What the editor opens with: the shared draft when there is one, else the published text. */
export async function lessonForEditor(db: Db, lessonId: string) {
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: {
      id: true,
      title: true,
      source: true,
      owner: true,
      baseFileHash: true,
      contentHash: true,
      sourcePath: true,
      updatedAt: true,
      archivedAt: true,
      draft: true,
    },
  });
  if (!lesson) return null;
  const draft = await db.lessonDraft.findUnique({ where: { lessonId }, include: { author: { select: { name: true, email: true } } } });
  return {
    lesson,
    conflict: await fileConflict(lesson),
    draft: draft && { id: draft.id, source: draft.source, savedAt: draft.updatedAt, by: draft.author?.name ?? draft.author?.email ?? null },
    base: { draftUpdatedAt: stamp(draft?.updatedAt), lessonUpdatedAt: stamp(lesson.updatedAt) },
  };
}

export async function newLessonDraft(db: Db, draftId: string) {
  const draft = await db.lessonDraft.findUnique({ where: { id: draftId } });
  if (!draft || draft.lessonId) return null;
  return { id: draft.id, source: draft.source, base: { draftUpdatedAt: stamp(draft.updatedAt), lessonUpdatedAt: null } };
}

/**
 * The text a new lesson starts from: every required field, so the form is valid after a title.
 * Visible to learners once published (not a hidden draft): publishing is the author's decision.
 */
export function newLessonTemplate(chapterId: string, order: number): string {
  return [
    '---',
    `id: ${placeholderLessonId}`,
    'title: "New lesson"',
    `chapterId: "${chapterId}"`,
    `order: ${order}`,
    'duration: 10',
    'objectives:',
    '  - Describe what the learner will be able to do',
    '---',
    '',
    'Start with why this topic matters.',
    '',
    '## First section',
    '',
    'Write here.',
    '',
  ].join('\n');
}

/** Chapters and their courses for the editor's chapter list and exam-objective fields. */
export async function chapterChoices(db: Db) {
  const chapters = await db.chapter.findMany({
    where: { archivedAt: null },
    orderBy: { order: 'asc' },
    select: { id: true, title: true, courses: { select: { course: { select: { id: true, name: true, order: true } } } } },
  });
  return chapters.map((c) => ({
    id: c.id,
    title: c.title,
    courses: c.courses
      .map((cc) => cc.course)
      .sort((a, b) => a.order - b.order)
      .map(({ id, name }) => ({ id, name })),
  }));
}

/** Where a new lesson goes by default: after the last lesson of the first chapter. */
export async function nextFreeSlot(db: Db, chapterId: string | undefined) {
  if (!chapterId) return 1;
  const last = await db.lesson.findFirst({ where: { chapterId }, orderBy: { order: 'desc' }, select: { order: true } });
  return (last?.order ?? 0) + 1;
}
