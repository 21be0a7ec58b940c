import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentHash } from '../content/content-files';
import { ownershipState, transition, type Owner } from '../content/ownership';
import type { Db } from '../db/client';
import { projectRoot } from '../db/paths';
import { readFrontmatter, splitLessonText } from './frontmatter-text';

export type LessonStatus = 'file' | 'browser' | 'conflict';

/**
 * A browser-owned lesson is in conflict when its file changed since the edit started: the same
 * test content:sync applies, so the badge and the sync warning always agree.
 */
export async function fileConflict(lesson: {
  owner: Owner;
  source: string;
  baseFileHash: string | null;
  contentHash: string;
  sourcePath: string;
}): Promise<boolean> {
  const state = ownershipState(lesson);
  if (state.kind !== 'browser') return false;
  const text = await readFile(path.resolve(/*turbopackIgnore: true*/ projectRoot, lesson.sourcePath), 'utf8').catch(() => null);
  if (text === null) return false;
  const { action } = transition(state, { kind: 'sync', file: { hash: contentHash(text), holdsBrowserVersion: text === lesson.source } });
  return action.kind === 'keep-browser-version' && action.conflict;
}

/** The authoring home: every lesson by chapter with its status and draft, and drafts of new lessons. */
export async function lessonOverview(db: Db) {
  const [chapters, lessons, drafts] = await Promise.all([
    db.chapter.findMany({ where: { archivedAt: null }, orderBy: { order: 'asc' }, select: { id: true, title: true } }),
    db.lesson.findMany({
      where: { archivedAt: null },
      orderBy: [{ order: 'asc' }],
      select: {
        id: true,
        title: true,
        chapterId: true,
        order: true,
        draft: true,
        owner: true,
        source: true,
        baseFileHash: true,
        contentHash: true,
        sourcePath: true,
        updatedAt: true,
      },
    }),
    db.lessonDraft.findMany({ orderBy: { updatedAt: 'desc' }, include: { author: { select: { name: true, email: true } } } }),
  ]);
  const draftByLesson = new Map(drafts.filter((d) => d.lessonId).map((d) => [d.lessonId!, d]));
  const rows = await Promise.all(
    lessons.map(async ({ source, baseFileHash, contentHash: hash, ...lesson }) => {
      const conflict = await fileConflict({ ...lesson, source, baseFileHash, contentHash: hash });
      const status: LessonStatus = conflict ? 'conflict' : lesson.owner === 'BROWSER' ? 'browser' : 'file';
      const draft = draftByLesson.get(lesson.id);
      return { ...lesson, status, draftSavedAt: draft?.updatedAt ?? null, draftBy: draft ? (draft.author?.name ?? draft.author?.email ?? null) : null };
    }),
  );
  return {
    chapters: chapters.map((c) => ({ ...c, lessons: rows.filter((l) => l.chapterId === c.id) })),
    newDrafts: drafts.filter((d) => !d.lessonId).map((d) => ({ id: d.id, title: titleOf(d.source), savedAt: d.updatedAt })),
  };
}

function titleOf(source: string): string {
  const { title } = readFrontmatter(splitLessonText(source).frontmatter).data;
  return typeof title === 'string' && title.trim() ? title : 'Untitled lesson';
}
