import { createAccount } from '../../lib/auth/accounts';
import type { Viewer } from '../../lib/auth/roles';
import type { Db } from '../../lib/db/client';

export const testPassword = 'a long test passphrase';

export type People = {
  learner: Viewer;
  otherLearner: Viewer;
  instructor: Viewer;
  otherInstructor: Viewer;
  admin: Viewer;
  courseId: string;
  /** The instructor's cohort, with the learner in it. */
  cohort: { id: string; inviteCode: string };
  /** The other instructor's cohort, with the other learner in it. */
  otherCohort: { id: string; inviteCode: string };
};

/**
 * Joining date of the seeded memberships. Fixed, not the database's now(): a test's clock is the
 * `now` it passes in, and a membership dated by the real clock would order after it on any later day.
 */
export const seededJoinDate = new Date('2026-01-05T12:00:00Z');

/** One person per role, a course and two cohorts, so ownership rules have something to refuse. */
export async function seedPeople(db: Db, prefix = 'p'): Promise<People> {
  const courseId = `${prefix}-course`;
  await db.course.create({
    data: { id: courseId, examCode: 'T-1', name: 'Test course', vendor: 'Test', version: '1', description: '', order: 0, minutes: 60, contentHash: 'x' },
  });
  const make = (name: string, role: Viewer['role']) => createAccount(db, { email: `${prefix}-${name}@example.com`, password: testPassword, role, name });
  const [learner, otherLearner, instructor, otherInstructor, admin] = await Promise.all([
    make('learner', 'LEARNER'),
    make('other-learner', 'LEARNER'),
    make('instructor', 'INSTRUCTOR'),
    make('other-instructor', 'INSTRUCTOR'),
    make('admin', 'ADMIN'),
  ]);
  const cohort = await db.cohort.create({
    data: {
      name: 'Mine',
      courseId,
      instructorId: instructor.id,
      inviteCode: `${prefix.toUpperCase()}MINE01`,
      members: { create: { userId: learner.id, joinedAt: seededJoinDate } },
    },
  });
  const otherCohort = await db.cohort.create({
    data: {
      name: 'Theirs',
      courseId,
      instructorId: otherInstructor.id,
      inviteCode: `${prefix.toUpperCase()}THEIR1`,
      members: { create: { userId: otherLearner.id, joinedAt: seededJoinDate } },
    },
  });
  return { learner, otherLearner, instructor, otherInstructor, admin, courseId, cohort, otherCohort };
}
