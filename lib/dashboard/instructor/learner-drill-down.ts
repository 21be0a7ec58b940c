import type { Viewer } from '../../auth/roles';
import { getManagedCohort } from '../../cohorts/cohorts';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';

export type ManagedLearner = { cohort: { id: string; name: string; courseId: string }; learner: { id: string; name: string | null; email: string } };

/**
 * A member of a cohort the viewer manages, for the read-only drill-down to their dashboard.
 * Another instructor's cohort, or a learner outside this cohort, is NOT_FOUND so ids reveal nothing.
 */
export async function managedLearner(db: Db, viewer: Viewer, input: { cohortId: string; userId: string }): Promise<ManagedLearner> {
  const cohort = await getManagedCohort(db, viewer, input.cohortId);
  const member = cohort.members.find((m) => m.user.id === input.userId);
  if (!member) throw new AppError('NOT_FOUND', 'No such learner in this cohort.');
  return {
    cohort: { id: cohort.id, name: cohort.name, courseId: cohort.course.id },
    learner: { id: member.user.id, name: member.user.name, email: member.user.email },
  };
}
