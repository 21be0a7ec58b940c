import type { ContentProblem } from '../content/problems';
import { conflictWarning, type LessonSyncCount } from '../content/sync-lessons';
import { contentHash } from '../content/content-files';
import type { Db } from '../db/client';
import type { LoadedQuestion } from './load-questions';
import { setCurrentVersion } from './question-version';

/**
 * Upserts every question. A changed text or answer adds a version rather than editing one, so
 * past attempts keep the exact question they showed; questions gone from their file are archived.
 * Questions published in the browser belong to the database (README, "Files and browser edits"):
 * their file entry is only read to notice a conflict, or that it has caught up with the browser.
 */
export async function syncQuestions(db: Db, loaded: LoadedQuestion[]): Promise<{ count: LessonSyncCount; conflicts: ContentProblem[] }> {
  const count: LessonSyncCount = { created: 0, updated: 0, unchanged: 0, archived: 0 };
  const conflicts: ContentProblem[] = [];
  const stored = new Map(
    (
      await db.question.findMany({
        select: { id: true, contentHash: true, archivedAt: true, owner: true, baseFileHash: true, lessonId: true, currentVersion: { select: { hash: true } } },
      })
    ).map((q) => [q.id, q]),
  );
  for (const entry of loaded) {
    const rowHash = contentHash(JSON.stringify([entry.hash, entry.lessonId, entry.objectives, entry.file]));
    const existing = stored.get(entry.question.id);
    // An archive in the browser is a browser edit too: the file has not caught up with it.
    const caughtUp = existing?.currentVersion?.hash === entry.hash && existing.lessonId === entry.lessonId && !existing.archivedAt;
    if (existing?.owner === 'BROWSER' && !caughtUp) {
      if (rowHash !== existing.baseFileHash) {
        conflicts.push(conflictWarning({ file: entry.file, line: entry.line }, `question ${entry.question.id}`, `/author/questions/${entry.question.id}`));
      }
      count.unchanged++;
      continue;
    }
    if (existing && existing.owner === 'FILE' && existing.contentHash === rowHash && !existing.archivedAt) {
      count.unchanged++;
      continue;
    }
    await upsertQuestion(db, entry, rowHash);
    count[existing ? 'updated' : 'created']++;
  }
  const present = new Set(loaded.map((q) => q.question.id));
  const gone = [...stored.values()].filter((q) => !present.has(q.id) && !q.archivedAt && q.owner === 'FILE').map((q) => q.id);
  if (gone.length) count.archived = (await db.question.updateMany({ where: { id: { in: gone } }, data: { archivedAt: new Date() } })).count;
  return { count, conflicts };
}

async function upsertQuestion(db: Db, entry: LoadedQuestion, rowHash: string) {
  const { question } = entry;
  const fields = {
    lessonId: entry.lessonId,
    type: question.type,
    difficulty: question.difficulty,
    tags: question.tags,
    section: question.section ?? null,
    sourcePath: entry.file,
    contentHash: rowHash,
    archivedAt: null,
    // The file is the truth again (or still): see "Files and browser edits" in the README.
    owner: 'FILE' as const,
    baseFileHash: null,
  };
  await db.$transaction(async (tx) => {
    await tx.question.upsert({ where: { id: question.id }, create: { id: question.id, ...fields }, update: fields });
    await setCurrentVersion(tx, question, entry.objectives);
  });
}
