import type { Db } from '../db/client';

export type ChapterProgress = { id: string; title: string; total: number; completed: number; nextLesson: { id: string; title: string } | null };

/** Published lessons of the course's chapters and how many the learner has completed, in reading order. */
export async function lessonsByChapter(db: Db, userId: string, courseId: string): Promise<ChapterProgress[]> {
  const chapters = await db.chapter.findMany({
    where: { archivedAt: null, courses: { some: { courseId } } },
    orderBy: { order: 'asc' },
    select: {
      id: true,
      title: true,
      lessons: {
        where: { draft: false, archivedAt: null },
        orderBy: { order: 'asc' },
        select: { id: true, title: true, progress: { where: { userId, completedAt: { not: null } }, select: { lessonId: true } } },
      },
    },
  });
  return chapters.map((chapter) => {
    const next = chapter.lessons.find((lesson) => lesson.progress.length === 0);
    return {
      id: chapter.id,
      title: chapter.title,
      total: chapter.lessons.length,
      completed: chapter.lessons.filter((lesson) => lesson.progress.length > 0).length,
      nextLesson: next ? { id: next.id, title: next.title } : null,
    };
  });
}
