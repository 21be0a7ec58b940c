import type { Viewer } from '../../auth/roles';
import type { Db } from '../../db/client';
import type { Prisma } from '../../db/generated/client';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';

export type SaveDraftInput = {
  lessonId: string;
  /** The published question the draft edits; null for a new question. */
  questionId: string | null;
  /** A new question's draft once it has one. */
  draftId: string | null;
  entry: Prisma.InputJsonObject;
  /** updatedAt of the draft the editor last loaded or saved; null when it started without one. */
  baseUpdatedAt: string | null;
};

const stale = () =>
  new AppError('CONFLICT', 'This draft was saved elsewhere (another tab or instructor) since you opened it. Copy your changes, then reload to see theirs.');

/**
 * Autosave. Drafts may be invalid (that is what drafts are for); learners never see them.
 * Optimistic concurrency: a save based on an older draft than the stored one is refused rather
 * than silently overwriting someone else's work.
 */
export async function saveDraft(db: Db, viewer: Viewer, input: SaveDraftInput): Promise<{ draftId: string; updatedAt: string }> {
  if (input.questionId !== null) {
    const question = await db.question.findUnique({ where: { id: input.questionId }, select: { lessonId: true } });
    if (!question || question.lessonId !== input.lessonId) throw new AppError('NOT_FOUND', 'No such question in this lesson.');
  } else if (!(await db.lesson.findUnique({ where: { id: input.lessonId }, select: { id: true } }))) {
    throw new AppError('NOT_FOUND', 'No such lesson.');
  }
  const where = input.questionId !== null ? { questionId: input.questionId } : input.draftId ? { id: input.draftId, questionId: null } : null;
  const current = where && (await db.questionDraft.findFirst({ where, select: { id: true, updatedAt: true } }));
  if (current) {
    if (current.updatedAt.toISOString() !== input.baseUpdatedAt) throw stale();
    const updated = await db.questionDraft.updateMany({
      where: { id: current.id, updatedAt: current.updatedAt },
      data: { entry: input.entry, authorId: viewer.id },
    });
    if (updated.count === 0) throw stale();
    const saved = await db.questionDraft.findUniqueOrThrow({ where: { id: current.id }, select: { updatedAt: true } });
    return { draftId: current.id, updatedAt: saved.updatedAt.toISOString() };
  }
  if (input.baseUpdatedAt !== null || (input.questionId === null && input.draftId)) throw stale();
  return db.$transaction(async (tx) => {
    const draft = await tx.questionDraft
      .create({ data: { questionId: input.questionId, lessonId: input.lessonId, entry: input.entry, authorId: viewer.id } })
      .catch((error: unknown) => {
        // Another tab created the draft for this question a moment ago (questionId is unique).
        if ((error as { code?: string }).code === 'P2002') throw stale();
        throw error;
      });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'question.edit',
      entityType: 'question',
      // A new question has no id until it is published; its draft stands in.
      entityId: input.questionId ?? draft.id,
      summary: input.questionId ? `Started a draft of question ${input.questionId}` : `Started a new question in lesson ${input.lessonId}`,
      detail: { questionId: input.questionId, lessonId: input.lessonId },
    });
    return { draftId: draft.id, updatedAt: draft.updatedAt.toISOString() };
  });
}

/** Throws the draft away; the published version is untouched. A draft already gone is not an error (double click, or published meanwhile). */
export async function discardDraft(db: Db, viewer: Viewer, draftId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const draft = await tx.questionDraft.findUnique({ where: { id: draftId }, select: { questionId: true, lessonId: true } });
    if (!draft) return;
    await tx.questionDraft.delete({ where: { id: draftId } });
    await recordAudit(tx, {
      actorId: viewer.id,
      action: 'question.discard',
      entityType: 'question',
      entityId: draft.questionId ?? draftId,
      summary: draft.questionId ? `Discarded the draft of question ${draft.questionId}` : `Discarded a new question draft in lesson ${draft.lessonId}`,
      detail: { questionId: draft.questionId, lessonId: draft.lessonId },
    });
  });
}
