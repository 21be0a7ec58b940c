import type { ContentProblem } from '../content/problems';
import { conflictWarning, type LessonSyncCount } from '../content/sync-lessons';
import { contentHash } from '../content/content-files';
import { ownershipColumns, ownershipState, transition, type OwnershipColumns } from '../content/ownership';
import type { Db } from '../db/client';
import type { LoadedQuestion } from './load-questions';
import { setCurrentVersion } from './question-version';

/**
 * Upserts every question. A changed text or answer adds a version rather than editing one, so
 * past attempts keep the exact question they showed; questions gone from their file are archived.
 * Who owns each question, its file entry or the browser, decides the rest (`transition` in
 * content/ownership).
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
    const holdsBrowserVersion = existing?.currentVersion?.hash === entry.hash && existing.lessonId === entry.lessonId && !existing.archivedAt;
    const { next, action } = transition(ownershipState(existing ?? null), { kind: 'sync', file: { hash: rowHash, holdsBrowserVersion } });
    if (action.kind === 'keep-browser-version') {
      if (action.conflict)
        conflicts.push(conflictWarning({ file: entry.file, line: entry.line }, `question ${entry.question.id}`, `/author/questions/${entry.question.id}`));
      count.unchanged++;
      continue;
    }
    if (action.onlyIfChanged && existing?.contentHash === rowHash && !existing.archivedAt) {
      count.unchanged++;
      continue;
    }
    await upsertQuestion(db, entry, rowHash, ownershipColumns(next));
    count[existing ? 'updated' : 'created']++;
  }
  const present = new Set(loaded.map((q) => q.question.id));
  const gone = [...stored.values()]
    .filter((q) => !present.has(q.id) && !q.archivedAt && transition(ownershipState(q), { kind: 'sync-file-gone' }).action.kind === 'archive')
    .map((q) => q.id);
  if (gone.length) count.archived = (await db.question.updateMany({ where: { id: { in: gone } }, data: { archivedAt: new Date() } })).count;
  return { count, conflicts };
}

async function upsertQuestion(db: Db, entry: LoadedQuestion, rowHash: string, ownership: OwnershipColumns) {
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
    ...ownership,
  };
  await db.$transaction(async (tx) => {
    await tx.question.upsert({ where: { id: question.id }, create: { id: question.id, ...fields }, update: fields });
    await setCurrentVersion(tx, question, entry.objectives);
  });
}
