import type { LessonSyncCount } from '../content/sync-lessons';
import { contentHash } from '../content/content-files';
import type { Db } from '../db/client';
import type { LoadedQuestion } from './load-questions';
import { renderQuestion } from './render-question';

/**
 * Upserts every question. A changed text or answer adds a version rather than editing one, so
 * past attempts keep the exact question they showed; questions gone from their file are archived.
 */
export async function syncQuestions(db: Db, loaded: LoadedQuestion[]): Promise<LessonSyncCount> {
  const count: LessonSyncCount = { created: 0, updated: 0, unchanged: 0, archived: 0 };
  const stored = new Map(
    (await db.question.findMany({ select: { id: true, contentHash: true, archivedAt: true } })).map((q) => [q.id, q]),
  );
  for (const entry of loaded) {
    const rowHash = contentHash(JSON.stringify([entry.hash, entry.lessonId, entry.objectives, entry.file]));
    const existing = stored.get(entry.question.id);
    if (existing && existing.contentHash === rowHash && !existing.archivedAt) {
      count.unchanged++;
      continue;
    }
    await upsertQuestion(db, entry, rowHash);
    count[existing ? 'updated' : 'created']++;
  }
  const present = new Set(loaded.map((q) => q.question.id));
  const gone = [...stored.values()].filter((q) => !present.has(q.id) && !q.archivedAt).map((q) => q.id);
  if (gone.length) count.archived = (await db.question.updateMany({ where: { id: { in: gone } }, data: { archivedAt: new Date() } })).count;
  return count;
}

async function upsertQuestion(db: Db, entry: LoadedQuestion, rowHash: string) {
  const { question } = entry;
  const html = await renderQuestion(question);
  const objectiveIds = Object.entries(entry.objectives).flatMap(([courseId, codes]) => codes.map((code) => `${courseId}:${code}`));
  const fields = {
    lessonId: entry.lessonId,
    type: question.type,
    difficulty: question.difficulty,
    tags: question.tags,
    section: question.section ?? null,
    sourcePath: entry.file,
    contentHash: rowHash,
    archivedAt: null,
  };
  await db.$transaction(async (tx) => {
    await tx.question.upsert({ where: { id: question.id }, create: { id: question.id, ...fields }, update: fields });
    const same = await tx.questionVersion.findUnique({ where: { questionId_hash: { questionId: question.id, hash: entry.hash } }, select: { id: true } });
    const latest = await tx.questionVersion.findFirst({ where: { questionId: question.id }, orderBy: { version: 'desc' }, select: { version: true } });
    const version =
      same ??
      (await tx.questionVersion.create({
        data: { questionId: question.id, version: (latest?.version ?? 0) + 1, hash: entry.hash, body: question, html },
        select: { id: true },
      }));
    await tx.question.update({ where: { id: question.id }, data: { currentVersionId: version.id } });
    await tx.questionObjective.deleteMany({ where: { questionId: question.id } });
    if (objectiveIds.length) await tx.questionObjective.createMany({ data: objectiveIds.map((objectiveId) => ({ questionId: question.id, objectiveId })) });
  });
}
