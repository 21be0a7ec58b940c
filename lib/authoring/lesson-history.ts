import type { Db } from '../db/client';
import { lineDiff } from './line-diff';

/** A lesson's revisions, newest first, each with its diff against the one before. */
export async function lessonHistory(db: Db, lessonId: string) {
  const lesson = await db.lesson.findUnique({ where: { id: lessonId }, select: { id: true, title: true, source: true, owner: true } });
  if (!lesson) return null;
  const revisions = await db.lessonRevision.findMany({
    where: { lessonId },
    orderBy: { number: 'asc' },
    include: { author: { select: { name: true, email: true } } },
  });
  const withDiffs = revisions.map((revision, i) => ({
    number: revision.number,
    kind: revision.kind,
    createdAt: revision.createdAt,
    author: revision.author?.name ?? revision.author?.email ?? null,
    isCurrent: revision.source === lesson.source && i === revisions.length - 1,
    /** Null for the first revision: it has nothing to differ from. */
    diff: i === 0 ? null : lineDiff(revisions[i - 1].source, revision.source),
  }));
  return { lesson, revisions: withDiffs.reverse() };
}
