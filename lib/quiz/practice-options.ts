import type { Db } from '../db/client';
import { coursePool } from './question-pool';

/** What the practice and exam forms offer: each course's domains and chapters, with question counts. */
export async function practiceOptions(db: Db) {
  const courses = await db.course.findMany({
    orderBy: { order: 'asc' },
    select: {
      id: true,
      name: true,
      minutes: true,
      questionCount: true,
      domains: { orderBy: { order: 'asc' }, select: { code: true, title: true, weight: true } },
      chapters: {
        where: { chapter: { archivedAt: null } },
        orderBy: { chapter: { order: 'asc' } },
        select: { chapter: { select: { id: true, title: true } } },
      },
    },
  });
  return Promise.all(
    courses.map(async (course) => {
      const pool = await coursePool(db, course.id);
      return {
        id: course.id,
        name: course.name,
        minutes: course.minutes,
        examQuestionCount: course.questionCount,
        questionCount: pool.length,
        domains: course.domains.map((d) => ({ ...d, questionCount: pool.filter((q) => q.domains.includes(d.code)).length })),
        chapters: course.chapters.map(({ chapter }) => ({ ...chapter, questionCount: pool.filter((q) => q.chapterId === chapter.id).length })),
      };
    }),
  );
}

export type PracticeCourse = Awaited<ReturnType<typeof practiceOptions>>[number];
