import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { assertBase, stamp, staleError, type EditBase } from './edit-base';

export type SaveDraftInput = { actorId: string; lessonId: string | null; draftId: string | null; source: string; base: EditBase };
export type SavedDraft = { draftId: string; draftUpdatedAt: string };

const maxSourceLength = 500_000;

/**
 * Saves the shared draft of a lesson (or of a new lesson). Autosave calls this every few seconds,
 * so only the first save of a draft is written to the audit log; publishing records the edit.
 */
export async function saveLessonDraft(db: Db, { actorId, lessonId, draftId, source, base }: SaveDraftInput): Promise<SavedDraft> {
  if (source.length > maxSourceLength)
    throw new AppError('INVALID_INPUT', 'This lesson is too long to save (over 500,000 characters); split it into two lessons.');
  return db.$transaction(async (tx) => {
    if (lessonId) {
      const lesson = await tx.lesson.findUnique({ where: { id: lessonId }, select: { updatedAt: true, title: true } });
      if (!lesson) throw new AppError('NOT_FOUND', 'No such lesson.');
      assertBase(base.lessonUpdatedAt, lesson.updatedAt, 'lesson');
    }
    const existing = lessonId
      ? await tx.lessonDraft.findUnique({ where: { lessonId } })
      : draftId
        ? await tx.lessonDraft.findUnique({ where: { id: draftId } })
        : null;
    if (draftId && !existing)
      throw new AppError('CONFLICT', 'This draft was published or discarded in another tab. Copy your text if you need it, then reload.');
    if (existing) {
      assertBase(base.draftUpdatedAt, existing.updatedAt, 'draft');
      // The timestamp in the condition makes check-and-write one step: a save in between wins, this one is refused.
      const { count } = await tx.lessonDraft.updateMany({ where: { id: existing.id, updatedAt: existing.updatedAt }, data: { source, authorId: actorId } });
      if (count === 0) throw staleError('draft');
      const saved = await tx.lessonDraft.findUniqueOrThrow({ where: { id: existing.id }, select: { id: true, updatedAt: true } });
      return { draftId: saved.id, draftUpdatedAt: stamp(saved.updatedAt)! };
    }
    assertBase(base.draftUpdatedAt, null, 'draft');
    const created = await tx.lessonDraft.create({ data: { lessonId, source, authorId: actorId } });
    await recordAudit(tx, {
      actorId,
      action: 'lesson.draft',
      entityType: 'lesson',
      entityId: lessonId ?? `draft:${created.id}`,
      summary: lessonId ? `Started a draft of ${lessonId}` : 'Started a new lesson',
    });
    return { draftId: created.id, draftUpdatedAt: stamp(created.updatedAt)! };
  });
}

/** Throws away the shared draft; the published lesson is untouched. */
export async function discardLessonDraft(db: Db, { actorId, draftId }: { actorId: string; draftId: string }): Promise<{ lessonId: string | null }> {
  return db.$transaction(async (tx) => {
    const draft = await tx.lessonDraft.findUnique({ where: { id: draftId }, select: { lessonId: true } });
    if (!draft) return { lessonId: null };
    await tx.lessonDraft.delete({ where: { id: draftId } });
    await recordAudit(tx, {
      actorId,
      action: 'lesson.discard-draft',
      entityType: 'lesson',
      entityId: draft.lessonId ?? `draft:${draftId}`,
      summary: draft.lessonId ? `Discarded the draft of ${draft.lessonId}` : 'Discarded a new lesson draft',
    });
    return { lessonId: draft.lessonId };
  });
}
