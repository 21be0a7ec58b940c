import { contentHash } from '../content/content-files';
import { givenBackColumns, ownershipColumns, ownershipState, transition, type Owner } from '../content/ownership';
import { formatProblem, errorsOnly } from '../content/problems';
import { addRevision, writeLesson, type RevisionKind } from '../content/sync-lessons';
import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';
import { recordAudit } from './audit';
import { checkLessonSource } from './check-lesson-source';
import { assertBase, stamp, type EditBase } from './edit-base';

type Tx = Prisma.TransactionClient;
type Current = { source: string; owner: Owner; baseFileHash: string | null; contentHash: string; updatedAt: Date; archivedAt: Date | null } | null;

export type Published = { lessonId: string; revision: number; changed: boolean; lessonUpdatedAt: string };

export type PublishInput = { actorId: string; lessonId: string | null; draftId: string | null; source: string; base: EditBase };

/**
 * Publishes the editor's text: checked and compiled exactly like a content file, written with
 * sync's own writer, owned by the database from then on (README, "Files and browser edits"),
 * with a revision and an audit entry; the draft is deleted. Publishing text that is already
 * published changes nothing, so a double click or a retry publishes once.
 */
export async function publishLesson(db: Db, { actorId, lessonId, draftId, source, base }: PublishInput): Promise<Published> {
  return publishSource(db, { actorId, lessonId, source, kind: 'publish' }, async (tx, id, current) => {
    const draft = lessonId
      ? await tx.lessonDraft.findUnique({ where: { lessonId } })
      : draftId
        ? await tx.lessonDraft.findUnique({ where: { id: draftId } })
        : null;
    if (lessonId) assertBase(base.lessonUpdatedAt, current?.updatedAt, 'lesson');
    assertBase(base.draftUpdatedAt, draft?.updatedAt, 'draft');
    if (draft) await tx.lessonDraft.delete({ where: { id: draft.id } });
  });
}

/** Publishes an earlier revision's text again, as a new revision: history only grows. */
export async function restoreRevision(db: Db, { actorId, lessonId, number }: { actorId: string; lessonId: string; number: number }): Promise<Published> {
  const revision = await db.lessonRevision.findUnique({ where: { lessonId_number: { lessonId, number } }, select: { source: true } });
  if (!revision) throw new AppError('NOT_FOUND', `Lesson ${lessonId} has no revision ${number}.`);
  return publishSource(db, { actorId, lessonId, source: revision.source, kind: 'restore', restoredFrom: number }, async () => {});
}

type PublishSource = { actorId: string; lessonId: string | null; source: string; kind: Exclude<RevisionKind, 'file'>; restoredFrom?: number };

async function publishSource(db: Db, options: PublishSource, verify: (tx: Tx, id: string, current: Current) => Promise<void>): Promise<Published> {
  const { actorId, lessonId, source, kind } = options;
  const checked = await checkLessonSource(db, source, { lessonId });
  if (!checked.lesson) {
    const errors = errorsOnly(checked.problems);
    throw new AppError('CONTENT_INVALID', `Not published: ${errors.length} problem${errors.length === 1 ? '' : 's'} to fix first.`, {
      source: errors.map(formatProblem),
    });
  }
  const lesson = checked.lesson;
  const id = lesson.frontmatter.id;
  return db.$transaction(async (tx) => {
    // One publisher per lesson id at a time, also for a new lesson that has no row to lock yet.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`lesson:${id}`}))`;
    const current: Current = await tx.lesson.findUnique({
      where: { id },
      select: { source: true, owner: true, baseFileHash: true, contentHash: true, updatedAt: true, archivedAt: true },
    });
    const latest = () => tx.lessonRevision.findFirst({ where: { lessonId: id }, orderBy: { number: 'desc' }, select: { number: true } });
    if (current && !current.archivedAt && current.source === source) {
      const draft = lessonId ? await tx.lessonDraft.findUnique({ where: { lessonId } }) : null;
      if (draft?.source === source) await tx.lessonDraft.delete({ where: { id: draft.id } });
      return { lessonId: id, revision: (await latest())?.number ?? 0, changed: false, lessonUpdatedAt: stamp(current.updatedAt)! };
    }
    await verify(tx, id, current);
    const { next } = transition(ownershipState(current), { kind: 'browser-edit', rowFileHash: current && contentHash(current.source) });
    await writeLesson(tx, lesson, { source, ...ownershipColumns(next) });
    const revision = await addRevision(tx, id, { source, kind, authorId: actorId });
    const title = `“${lesson.frontmatter.title}”`;
    const summary =
      kind === 'restore'
        ? `Restored revision ${options.restoredFrom} as revision ${revision.number} of ${title}`
        : current
          ? `Published revision ${revision.number} of ${title}`
          : `Created and published ${title}`;
    await recordAudit(tx, {
      actorId,
      action: kind === 'restore' ? 'lesson.restore' : current ? 'lesson.publish' : 'lesson.create',
      entityType: 'lesson',
      entityId: id,
      summary,
      detail: { revision: revision.number, ...(options.restoredFrom ? { restoredFrom: options.restoredFrom } : {}) },
    });
    const written = await tx.lesson.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } });
    return { lessonId: id, revision: revision.number, changed: true, lessonUpdatedAt: stamp(written.updatedAt)! };
  });
}

/**
 * Discards the database's ownership of a lesson: the next content:sync writes it from its file
 * again (a lesson without a file is then archived, like any lesson whose file is gone).
 */
export async function giveBackToFile(db: Db, { actorId, lessonId }: { actorId: string; lessonId: string }) {
  return db.$transaction(async (tx) => {
    const lesson = await tx.lesson.findUnique({
      where: { id: lessonId },
      select: { owner: true, baseFileHash: true, contentHash: true, title: true, sourcePath: true },
    });
    const { action } = transition(ownershipState(lesson), { kind: 'give-back' });
    if (!lesson || action.kind === 'not-found') throw new AppError('NOT_FOUND', 'No such lesson.');
    if (action.kind === 'nothing') return { lessonId };
    await tx.lesson.update({ where: { id: lessonId }, data: givenBackColumns() });
    await recordAudit(tx, {
      actorId,
      action: 'lesson.give-back',
      entityType: 'lesson',
      entityId: lessonId,
      summary: `Gave “${lesson.title}” back to its file ${lesson.sourcePath}; the next content:sync replaces the browser version`,
    });
    return { lessonId };
  });
}
