import type { Db } from '../db/client';

export type TocEntry = { depth: 2 | 3; id: string; text: string };

/** What learners may see: neither drafts nor lessons whose file was removed. */
export const visible = { archivedAt: null, draft: false } as const;

export async function getCourseOutline(db: Db, courseId: string) {
  const links = await db.chapterCourse.findMany({
    where: { courseId, chapter: { archivedAt: null } },
    // Chapters may share an order while branches are merged; the id keeps the outline stable, as in content:check.
    orderBy: [{ chapter: { order: 'asc' } }, { chapterId: 'asc' }],
    select: {
      chapter: {
        select: {
          id: true,
          title: true,
          summary: true,
          lessons: {
            where: visible,
            orderBy: { order: 'asc' },
            select: {
              id: true,
              title: true,
              duration: true,
              summary: true,
              examObjectives: { where: { objective: { courseId } }, select: { objective: { select: { code: true, title: true } } } },
            },
          },
        },
      },
    },
  });
  return links.map((l) => l.chapter);
}

export function getChapter(db: Db, chapterId: string) {
  return db.chapter.findFirst({
    where: { id: chapterId, archivedAt: null },
    select: {
      id: true,
      title: true,
      summary: true,
      courses: { select: { course: { select: { id: true, name: true } } } },
      lessons: { where: visible, orderBy: { order: 'asc' }, select: { id: true, title: true, duration: true, summary: true, objectives: true } },
    },
  });
}

export async function getLessonPage(db: Db, lessonId: string) {
  const lesson = await db.lesson.findFirst({
    where: { id: lessonId, ...visible },
    select: {
      id: true,
      title: true,
      duration: true,
      readingMinutes: true,
      objectives: true,
      summary: true,
      html: true,
      toc: true,
      updatedAt: true,
      _count: { select: { questions: { where: { archivedAt: null } } } },
      chapter: { select: { id: true, title: true, order: true } },
      examObjectives: {
        select: { objective: { select: { code: true, title: true, courseId: true, domain: { select: { course: { select: { shortName: true } } } } } } },
        orderBy: { objectiveId: 'asc' },
      },
    },
  });
  if (!lesson) return null;
  return { ...lesson, toc: lesson.toc as TocEntry[], ...(await lessonNeighbours(db, lesson.id)) };
}

/** The lessons before and after this one in reading order (chapters in order, then lessons). */
export async function lessonNeighbours(db: Db, lessonId: string) {
  const sequence = await db.lesson.findMany({
    where: { ...visible, chapter: { archivedAt: null } },
    orderBy: [{ chapter: { order: 'asc' } }, { chapterId: 'asc' }, { order: 'asc' }],
    select: { id: true, title: true },
  });
  const index = sequence.findIndex((l) => l.id === lessonId);
  return { previous: index > 0 ? sequence[index - 1] : null, next: index >= 0 ? (sequence[index + 1] ?? null) : null };
}

export type LessonPage = NonNullable<Awaited<ReturnType<typeof getLessonPage>>>;
export type CourseOutline = Awaited<ReturnType<typeof getCourseOutline>>;
