import type { Db } from '../db/client';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { guessSlug } from './check-lesson-source';
import { stamp } from './edit-base';
import { saveLessonDraft } from './lesson-drafts';
import { previewLesson, type LessonPreview } from './preview';
import { publishLesson } from './publish-lesson';

export type UploadInput = { fileName: string; text: string };

/** The lesson an uploaded file would replace, when its id is taken: it is then checked as an edit of that lesson. */
async function targetOf(db: Db, text: string) {
  const id = guessSlug(text, 'id');
  return id ? db.lesson.findUnique({ where: { id }, select: { id: true, updatedAt: true, title: true } }) : null;
}

/** What an uploaded .md would become, with every problem as `file name:line: message`. Nothing is saved. */
export async function previewUpload(db: Db, { fileName, text }: UploadInput): Promise<LessonPreview & { replaces: string | null }> {
  const target = await targetOf(db, text);
  const preview = await previewLesson(db, text, target?.id ?? null);
  return {
    ...preview,
    problems: preview.problems.map((p) => ({
      ...p,
      text: `${fileName}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.field ? `${p.field}: ` : ''}${p.message}`,
    })),
    replaces: target?.title ?? null,
  };
}

/** Saves the uploaded lesson as a draft to review in the editor, or publishes it at once. */
export async function confirmUpload(db: Db, { actorId, fileName, text, publish }: UploadInput & { actorId: string; publish: boolean }) {
  const target = await targetOf(db, text);
  if (target && (await db.lessonDraft.findUnique({ where: { lessonId: target.id }, select: { id: true } }))) {
    throw new AppError('CONFLICT', `Lesson ${target.id} already has an unpublished draft: open it in the editor and publish or discard it first.`);
  }
  const base = { draftUpdatedAt: null, lessonUpdatedAt: stamp(target?.updatedAt) };
  const input = { actorId, lessonId: target?.id ?? null, draftId: null, source: text, base };
  const result = publish ? { ...(await publishLesson(db, input)), draftId: null } : { ...(await saveLessonDraft(db, input)), lessonId: target?.id ?? null };
  await recordAudit(db, {
    actorId,
    action: 'lesson.upload',
    entityType: 'lesson',
    entityId: result.lessonId ?? `draft:${result.draftId}`,
    summary: `Uploaded ${fileName} ${publish ? 'and published it' : 'as a draft'}`,
    detail: { fileName },
  });
  return { lessonId: result.lessonId, draftId: result.draftId };
}
