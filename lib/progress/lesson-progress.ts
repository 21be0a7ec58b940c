import type { Db } from '../db/client';
import { AppError } from '../errors';
import { addLessonToDeck } from '../srs/deck';

export type LessonProgressState = { completed: boolean; completedAt: Date | null; lastSection: string | null };

const visibleLesson = { archivedAt: null, draft: false } as const;

async function assertLessonExists(db: Db, lessonId: string) {
  const lesson = await db.lesson.findFirst({ where: { id: lessonId, ...visibleLesson }, select: { id: true } });
  if (!lesson) throw new AppError('NOT_FOUND', 'No such lesson.');
}

export async function getLessonProgress(db: Db, userId: string, lessonId: string): Promise<LessonProgressState> {
  const row = await db.lessonProgress.findUnique({ where: { userId_lessonId: { userId, lessonId } } });
  return { completed: Boolean(row?.completedAt), completedAt: row?.completedAt ?? null, lastSection: row?.lastSection ?? null };
}

/**
 * Idempotent: marking a completed lesson complete again keeps the first completion time,
 * so a double click or a retried request changes nothing.
 */
export async function setLessonCompleted(db: Db, userId: string, lessonId: string, completed: boolean, now: Date): Promise<LessonProgressState> {
  await assertLessonExists(db, lessonId);
  const existing = await db.lessonProgress.findUnique({ where: { userId_lessonId: { userId, lessonId } }, select: { completedAt: true } });
  const completedAt = completed ? (existing?.completedAt ?? now) : null;
  const row = await db.lessonProgress.upsert({
    where: { userId_lessonId: { userId, lessonId } },
    create: { userId, lessonId, completedAt },
    update: { completedAt },
  });
  if (completed) await addLessonToDeck(db, userId, lessonId, now);
  return { completed: Boolean(row.completedAt), completedAt: row.completedAt, lastSection: row.lastSection };
}

/** Remembers the section in view so the lesson reopens there; only ids of the lesson's own headings are kept. */
export async function saveLastSection(db: Db, userId: string, lessonId: string, anchor: string): Promise<void> {
  const lesson = await db.lesson.findFirst({ where: { id: lessonId, ...visibleLesson }, select: { toc: true } });
  if (!lesson) throw new AppError('NOT_FOUND', 'No such lesson.');
  const anchors = (lesson.toc as Array<{ id: string }>).map((entry) => entry.id);
  if (!anchors.includes(anchor)) throw new AppError('INVALID_INPUT', 'That section is not part of this lesson.');
  await db.lessonProgress.upsert({
    where: { userId_lessonId: { userId, lessonId } },
    create: { userId, lessonId, lastSection: anchor },
    update: { lastSection: anchor },
  });
}

/** Completed lesson ids of one learner among the given lessons, for outline pages. */
export async function completedLessonIds(db: Db, userId: string, lessonIds: string[]): Promise<Set<string>> {
  if (lessonIds.length === 0) return new Set();
  const rows = await db.lessonProgress.findMany({
    where: { userId, lessonId: { in: lessonIds }, completedAt: { not: null } },
    select: { lessonId: true },
  });
  return new Set(rows.map((r) => r.lessonId));
}
