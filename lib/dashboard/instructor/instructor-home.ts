import type { Viewer } from '../../auth/roles';
import { listManagedCohorts } from '../../cohorts/cohorts';
import type { Db } from '../../db/client';
import { cohortTable, type CohortTable } from './cohort-table';

export type CohortCard = {
  id: string;
  name: string;
  course: { id: string; name: string; shortName: string };
  learners: number;
  atRisk: number;
  /** Mean lesson progress of the cohort, 0..1; null without learners. */
  meanProgress: number | null;
  reviewsLast7Days: number;
  activeLast7Days: number;
};

export type InstructorHome = { cohorts: CohortCard[]; courses: Array<{ id: string; name: string }> };

const weekMs = 7 * 86_400_000;

/** The instructor's cohorts with their headline numbers, from the same table the cohort page shows. */
export async function instructorHome(db: Db, viewer: Viewer, now: Date): Promise<InstructorHome> {
  const cohorts = await listManagedCohorts(db, viewer);
  const tables = await Promise.all(cohorts.map((c) => cohortTable(db, viewer, c.id, now)));
  const courses = new Map(tables.map((t) => [t.course.id, { id: t.course.id, name: t.course.name }]));
  return { cohorts: tables.map((t) => cardOf(t, now)), courses: [...courses.values()] };
}

function cardOf(table: CohortTable, now: Date): CohortCard {
  const { learners } = table;
  return {
    id: table.cohort.id,
    name: table.cohort.name,
    course: { id: table.course.id, name: table.course.name, shortName: table.course.shortName },
    learners: learners.length,
    atRisk: learners.filter((l) => l.atRisk.length > 0).length,
    meanProgress: learners.length ? learners.reduce((sum, l) => sum + l.progress, 0) / learners.length : null,
    reviewsLast7Days: learners.reduce((sum, l) => sum + l.reviewsLast7Days, 0),
    activeLast7Days: learners.filter((l) => l.lastActiveAt !== null && now.getTime() - Date.parse(l.lastActiveAt) < weekMs).length,
  };
}
