import type { Db } from '../db/client';

export function listCourses(db: Db) {
  return db.course.findMany({
    orderBy: { order: 'asc' },
    select: {
      id: true,
      examCode: true,
      name: true,
      vendor: true,
      description: true,
      minutes: true,
      questionCount: true,
      passMark: true,
      scaleMin: true,
      scaleMax: true,
    },
  });
}

export function getCourseBlueprint(db: Db, courseId: string) {
  return db.course.findUnique({
    where: { id: courseId },
    include: {
      domains: {
        orderBy: { order: 'asc' },
        include: { objectives: { where: { parentId: null }, orderBy: { order: 'asc' }, include: { subObjectives: { orderBy: { order: 'asc' } } } } },
      },
    },
  });
}

export type CourseBlueprint = NonNullable<Awaited<ReturnType<typeof getCourseBlueprint>>>;
export type CourseSummary = Awaited<ReturnType<typeof listCourses>>[number];
