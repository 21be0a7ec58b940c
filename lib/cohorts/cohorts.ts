import type { Db } from '../db/client';
import type { Viewer } from '../auth/roles';
import { isUniqueViolation } from '../db/unique-violation';
import { AppError } from '../errors';
import { newInviteCode, normalizeInviteCode } from './invite-code';

/** Cohorts this viewer may manage: their own, or every cohort for an admin. */
export function manageableCohorts(viewer: Viewer) {
  return viewer.role === 'ADMIN' ? {} : { instructorId: viewer.id };
}

export async function createCohort(db: Db, viewer: Viewer, input: { name: string; courseId: string }) {
  const course = await db.course.findUnique({ where: { id: input.courseId }, select: { id: true } });
  if (!course) throw new AppError('NOT_FOUND', 'No such course.');
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.cohort.create({ data: { name: input.name, courseId: input.courseId, instructorId: viewer.id, inviteCode: newInviteCode() } });
    } catch (error) {
      // 31^8 codes make a clash rare; retry a few times rather than fail the instructor.
      if (!isUniqueViolation(error) || attempt >= 4) throw error;
    }
  }
}

export async function listManagedCohorts(db: Db, viewer: Viewer) {
  return db.cohort.findMany({
    where: manageableCohorts(viewer),
    include: { course: { select: { shortName: true, name: true } }, _count: { select: { members: true } } },
    orderBy: { createdAt: 'desc' },
  });
}

/** A cohort with its members, only if the viewer manages it (404 otherwise, so ids don't leak). */
export async function getManagedCohort(db: Db, viewer: Viewer, cohortId: string) {
  const cohort = await db.cohort.findFirst({
    where: { id: cohortId, ...manageableCohorts(viewer) },
    include: {
      course: { select: { id: true, shortName: true, name: true } },
      members: { include: { user: { select: { id: true, email: true, name: true, lastActiveAt: true } } }, orderBy: { joinedAt: 'asc' } },
    },
  });
  if (!cohort) throw new AppError('NOT_FOUND', 'No such cohort.');
  return cohort;
}

export async function removeMember(db: Db, viewer: Viewer, input: { cohortId: string; userId: string }) {
  await getManagedCohort(db, viewer, input.cohortId);
  await db.cohortMember.deleteMany({ where: { cohortId: input.cohortId, userId: input.userId } });
}

export async function renewInviteCode(db: Db, viewer: Viewer, cohortId: string) {
  await getManagedCohort(db, viewer, cohortId);
  return db.cohort.update({ where: { id: cohortId }, data: { inviteCode: newInviteCode() }, select: { inviteCode: true } });
}

export async function deleteCohort(db: Db, viewer: Viewer, cohortId: string) {
  await getManagedCohort(db, viewer, cohortId);
  await db.cohort.delete({ where: { id: cohortId } });
}

/**
 * Joining twice is harmless: the second join (even one at the same moment) changes nothing and
 * says the learner is already a member.
 */
export async function joinCohort(db: Db, viewer: Viewer, code: string): Promise<{ id: string; name: string; alreadyMember: boolean }> {
  const cohort = await db.cohort.findUnique({ where: { inviteCode: normalizeInviteCode(code) }, select: { id: true, name: true, instructorId: true } });
  if (!cohort) throw new AppError('NOT_FOUND', 'No cohort has this invite code. Check it with your instructor.', { code: ['Unknown invite code.'] });
  if (cohort.instructorId === viewer.id) throw new AppError('CONFLICT', 'You teach this cohort; instructors do not join their own cohorts.');
  // ON CONFLICT DO NOTHING: Prisma's upsert reads, then inserts, and the loser of a race fails.
  const joined = await db.cohortMember.createMany({ data: [{ cohortId: cohort.id, userId: viewer.id }], skipDuplicates: true });
  return { id: cohort.id, name: cohort.name, alreadyMember: joined.count === 0 };
}

export async function leaveCohort(db: Db, viewer: Viewer, cohortId: string) {
  const left = await db.cohortMember.deleteMany({ where: { cohortId, userId: viewer.id } });
  if (left.count === 0) throw new AppError('NOT_FOUND', 'You are not a member of this cohort.');
}

export async function listMyCohorts(db: Db, viewer: Viewer) {
  return db.cohortMember.findMany({
    where: { userId: viewer.id },
    include: {
      cohort: { select: { id: true, name: true, course: { select: { shortName: true, name: true } }, instructor: { select: { name: true, email: true } } } },
    },
    orderBy: { joinedAt: 'desc' },
  });
}
