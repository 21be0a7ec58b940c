import type { Db } from '../db/client';

/** The course a learner's dashboard opens on: the one asked for, else their latest cohort's, else the first. */
export async function dashboardCourse(db: Db, userId: string, courses: Array<{ id: string }>, requested?: string): Promise<string | null> {
  if (requested && courses.some((c) => c.id === requested)) return requested;
  const membership = await db.cohortMember.findFirst({ where: { userId }, orderBy: { joinedAt: 'desc' }, select: { cohort: { select: { courseId: true } } } });
  return membership?.cohort.courseId ?? courses[0]?.id ?? null;
}
