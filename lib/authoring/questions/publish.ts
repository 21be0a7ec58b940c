import type { Viewer } from '../../auth/roles';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { checkEntry } from './check-entry';
import { loadEditorContext } from './editor-context';
import { storeBrowserQuestion } from './store-question';

export type PublishInput = {
  lessonId: string;
  /** null for a new question. */
  questionId: string | null;
  /** The draft this publish ends, for a new question (an existing question's draft is found by its id). */
  draftId: string | null;
  entry: unknown;
};

/**
 * Validates the entry like content:check, makes it the version learners see and ends the draft.
 * Publishing the same text again changes nothing and writes no audit entry.
 */
export async function publishQuestion(db: Db, viewer: Viewer, input: PublishInput) {
  const context = await loadEditorContext(db, input.lessonId);
  const checked = checkEntry(input.entry, context);
  if (!checked.question) throw new AppError('INVALID_INPUT', 'The question has errors; fix them before publishing.', checked.errors);
  const question = checked.question;
  if (input.questionId !== null) {
    const existing = await db.question.findUnique({ where: { id: input.questionId }, select: { lessonId: true } });
    if (!existing || existing.lessonId !== input.lessonId) throw new AppError('NOT_FOUND', 'No such question in this lesson.');
    if (question.id !== input.questionId)
      throw new AppError('INVALID_INPUT', 'A published question keeps its id.', { id: [`keep "${input.questionId}"; learners' history refers to it`] });
  }
  return db.$transaction(async (tx) => {
    const stored = await storeBrowserQuestion(tx, question, {
      lessonId: input.lessonId,
      lessonObjectives: context.lessonObjectives,
      isNew: input.questionId === null,
    });
    if (input.questionId !== null) await tx.questionDraft.deleteMany({ where: { questionId: input.questionId } });
    else if (input.draftId) await tx.questionDraft.deleteMany({ where: { id: input.draftId, questionId: null } });
    if (stored.changed) {
      await recordAudit(tx, {
        actorId: viewer.id,
        action: stored.created ? 'question.create' : 'question.publish',
        entityType: 'question',
        entityId: question.id,
        summary: `${stored.created ? 'Created' : 'Published'} version ${stored.version} of question ${question.id}`,
        detail: { version: stored.version, lessonId: input.lessonId },
      });
    }
    return { questionId: question.id, version: stored.version, changed: stored.changed };
  });
}
