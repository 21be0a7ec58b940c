import type { Viewer } from '../../auth/roles';
import { ownershipColumns, ownershipState, transition } from '../../content/ownership';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { storedQuestion } from '../../questions/stored-question';
import { questionYaml } from '../../questions/write-question-file';
import { recordAudit } from '../audit';
import { lineDiff, type LineDiff } from '../line-diff';
import { loadEditorContext } from './editor-context';
import { storeBrowserQuestion } from './store-question';

export type HistoryEntry = { id: string; version: number; createdAt: Date; current: boolean; yaml: string; diff: LineDiff | null };

/** Every version, newest first, each with its change from the one before as a line diff of its YAML. */
export async function questionHistory(db: Db, questionId: string) {
  const question = await db.question.findUnique({
    where: { id: questionId },
    select: {
      id: true,
      lessonId: true,
      owner: true,
      archivedAt: true,
      currentVersionId: true,
      versions: { orderBy: { version: 'asc' }, select: { id: true, version: true, createdAt: true, body: true } },
    },
  });
  if (!question) throw new AppError('NOT_FOUND', 'No such question.');
  let previous: string | null = null;
  const entries: HistoryEntry[] = question.versions.map((v) => {
    const yaml = questionYaml(storedQuestion(v.body));
    const entry = {
      id: v.id,
      version: v.version,
      createdAt: v.createdAt,
      current: v.id === question.currentVersionId,
      yaml,
      diff: previous === null ? null : lineDiff(previous, yaml),
    };
    previous = yaml;
    return entry;
  });
  return { question, versions: entries.reverse() };
}

/** Makes an earlier version what learners see again; the history keeps every version as it was. */
export async function restoreVersion(db: Db, viewer: Viewer, input: { questionId: string; version: number }) {
  const version = await db.questionVersion.findFirst({
    where: { questionId: input.questionId, version: input.version },
    select: { version: true, body: true, question: { select: { lessonId: true } } },
  });
  if (!version) throw new AppError('NOT_FOUND', 'No such version of this question.');
  const question = storedQuestion(version.body);
  const context = await loadEditorContext(db, version.question.lessonId);
  return db.$transaction(async (tx) => {
    const stored = await storeBrowserQuestion(tx, question, { lessonId: context.lessonId, lessonObjectives: context.lessonObjectives, isNew: false });
    if (stored.changed) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: 'question.restore',
        entityType: 'question',
        entityId: input.questionId,
        summary: `Restored version ${stored.version} of question ${input.questionId}`,
        detail: { version: stored.version },
      });
    }
    return { version: stored.version, changed: stored.changed };
  });
}

/** Retires a question (no longer drawn; past attempts still show it), or brings it back. */
export async function setArchived(db: Db, viewer: Viewer, input: { questionId: string; archived: boolean }) {
  await db.$transaction(async (tx) => {
    const row = await tx.question.findUnique({
      where: { id: input.questionId },
      select: { owner: true, contentHash: true, baseFileHash: true, archivedAt: true },
    });
    if (!row) throw new AppError('NOT_FOUND', 'No such question.');
    if ((row.archivedAt !== null) === input.archived) return;
    await tx.question.update({
      where: { id: input.questionId },
      data: {
        archivedAt: input.archived ? new Date() : null,
        ...ownershipColumns(transition(ownershipState(row), { kind: 'browser-edit', rowFileHash: row.contentHash }).next),
      },
    });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: input.archived ? 'question.archive' : 'question.unarchive',
      entityType: 'question',
      entityId: input.questionId,
      summary: `${input.archived ? 'Archived' : 'Brought back'} question ${input.questionId}`,
    });
  });
}
