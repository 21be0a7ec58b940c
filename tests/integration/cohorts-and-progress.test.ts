import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { managedLearner } from '../../lib/dashboard/instructor/learner-drill-down';
import { createCohort, getManagedCohort, joinCohort, leaveCohort, listManagedCohorts, removeMember } from '../../lib/cohorts/cohorts';
import { inviteCodeLength } from '../../lib/cohorts/invite-code';
import { completedLessonIds, getLessonProgress, saveLastSection, setLessonCompleted } from '../../lib/progress/lesson-progress';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

describe('cohorts', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db);

  it('an instructor creates a cohort with an unambiguous invite code; a learner joins with it as typed', async () => {
    const cohort = await createCohort(db, people.instructor, { name: 'Evening class', courseId: people.courseId });
    expect(cohort.inviteCode).toMatch(new RegExp(`^[A-HJKMNP-Z2-9]{${inviteCodeLength}}$`));
    const typed = `${cohort.inviteCode.slice(0, 4).toLowerCase()}-${cohort.inviteCode.slice(4)} `;
    await joinCohort(db, people.otherLearner, typed);
    await joinCohort(db, people.otherLearner, cohort.inviteCode); // a second join is harmless
    const managed = await getManagedCohort(db, people.instructor, cohort.id);
    expect(managed.members.map((m) => m.user.email)).toEqual([people.otherLearner.email]);
    await expect(joinCohort(db, people.learner, 'ZZZZZZZZ')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(joinCohort(db, people.instructor, cohort.inviteCode)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(createCohort(db, people.instructor, { name: 'x', courseId: 'no-such-course' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('instructors see and manage only their own cohorts; admins see all', async () => {
    expect((await listManagedCohorts(db, people.otherInstructor)).map((c) => c.id)).toEqual([people.otherCohort.id]);
    expect((await listManagedCohorts(db, people.admin)).length).toBeGreaterThanOrEqual(2);
    await expect(getManagedCohort(db, people.otherInstructor, people.cohort.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(removeMember(db, people.otherInstructor, { cohortId: people.cohort.id, userId: people.learner.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await db.cohortMember.count({ where: { cohortId: people.cohort.id, userId: people.learner.id } })).toBe(1);
  });

  it('a learner leaves; an instructor removes a member', async () => {
    await leaveCohort(db, people.otherLearner, people.otherCohort.id);
    await expect(leaveCohort(db, people.otherLearner, people.otherCohort.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await removeMember(db, people.instructor, { cohortId: people.cohort.id, userId: people.learner.id });
    // Their dashboard is no longer the instructor's to open.
    await expect(managedLearner(db, people.instructor, { cohortId: people.cohort.id, userId: people.learner.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('lesson progress', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  const lessonId = 'lesson-003-virtual-switching';

  it('marks complete idempotently, keeping the first completion time, and back to incomplete', async () => {
    expect(await getLessonProgress(db, people.learner.id, lessonId)).toEqual({ completed: false, completedAt: null, lastSection: null });
    const first = await setLessonCompleted(db, people.learner.id, lessonId, true, now);
    const again = await setLessonCompleted(db, people.learner.id, lessonId, true, now);
    expect(again.completedAt?.getTime()).toBe(first.completedAt?.getTime());
    const both = await Promise.all([
      setLessonCompleted(db, people.learner.id, 'lesson-004-containers', true, now),
      setLessonCompleted(db, people.learner.id, 'lesson-004-containers', true, now),
    ]);
    expect(both.every((p) => p.completed)).toBe(true);
    expect([...(await completedLessonIds(db, people.learner.id, [lessonId, 'lesson-004-containers', 'lesson-005-vms-vs-containers']))].sort()).toEqual([
      'lesson-003-virtual-switching',
      'lesson-004-containers',
    ]);
    expect((await setLessonCompleted(db, people.learner.id, lessonId, false, now)).completed).toBe(false);
    expect((await completedLessonIds(db, people.otherLearner.id, [lessonId])).size).toBe(0);
    expect((await completedLessonIds(db, people.learner.id, [])).size).toBe(0);
  });

  it('remembers the last section read, refusing anchors the lesson does not have', async () => {
    await saveLastSection(db, people.learner.id, lessonId, 'distributed-virtual-switches');
    expect((await getLessonProgress(db, people.learner.id, lessonId)).lastSection).toBe('distributed-virtual-switches');
    await expect(saveLastSection(db, people.learner.id, lessonId, 'not-a-heading')).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(saveLastSection(db, people.learner.id, 'no-such-lesson', 'x')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setLessonCompleted(db, people.learner.id, 'no-such-lesson', true, now)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
