import { describe, expect, it } from 'vitest';
import { exportAccountData, personalTables } from '../../lib/auth/account-data';
import { deleteAccount } from '../../lib/auth/accounts';
import { syncContent } from '../../lib/content/sync';
import type { Db } from '../../lib/db/client';
import { setLessonCompleted } from '../../lib/progress/lesson-progress';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

/** Tables with a foreign key to "User", with the referencing column: where personal data lives. */
async function tablesReferencingUsers(db: Db) {
  return db.$queryRaw<Array<{ table: string; column: string }>>`
    SELECT tc.table_name AS "table", kcu.column_name AS "column"
    FROM information_schema.table_constraints tc
    JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name AND kcu.table_schema = tc.table_schema
    JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name AND ccu.table_schema = tc.table_schema
    WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'User' AND tc.table_schema = current_schema()`;
}

describe('personal data', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  await setLessonCompleted(db, people.learner.id, 'lesson-001-virtualization-fundamentals', true, now);
  await setLessonCompleted(db, people.instructor.id, 'lesson-002-hypervisors', true, now);
  const quiz = await startLessonQuiz(db, people.learner.id, 'lesson-002-hypervisors', now);

  it('the export names every table that references a user, so none can be forgotten', async () => {
    const tables = [...new Set((await tablesReferencingUsers(db)).map((r) => r.table))].sort();
    expect(tables.length).toBeGreaterThan(0);
    expect(
      Object.keys(personalTables)
        .filter((t) => t !== 'User')
        .sort(),
    ).toEqual(tables);
  });

  it('exports everything about the learner and nothing about anyone else', async () => {
    const data = await exportAccountData(db, people.learner.id);
    for (const key of Object.values(personalTables)) expect(data).toHaveProperty(key);
    expect(data.account).toMatchObject({ email: people.learner.email, role: 'LEARNER' });
    expect(JSON.stringify(data)).not.toMatch(/argon2|passwordHash/);
    expect(data.lessonProgress.map((p) => p.lessonId)).toEqual(['lesson-001-virtualization-fundamentals']);
    expect(data.cohortMemberships.map((m) => m.cohortId)).toEqual([people.cohort.id]);
    expect(data.cohortsTaught).toEqual([]);
    expect(data.quizAttempts.map((a) => a.id)).toEqual([quiz.id]);
    expect(data.quizAttempts[0].items.length).toBeGreaterThanOrEqual(12);
    expect(JSON.stringify(data)).not.toContain(people.otherLearner.email);
  });

  it("an instructor's export includes the cohorts they teach", async () => {
    const data = await exportAccountData(db, people.instructor.id);
    expect(data.cohortsTaught.map((c) => c.id)).toEqual([people.cohort.id]);
  });

  it('deleting an account leaves no row pointing at it in any personal table', async () => {
    for (const person of [people.learner, people.instructor]) {
      await deleteAccount(db, person.id);
      for (const { table, column } of await tablesReferencingUsers(db)) {
        const [{ count }] = await db.$queryRawUnsafe<Array<{ count: bigint }>>(`SELECT count(*) AS count FROM "${table}" WHERE "${column}" = $1`, person.id);
        expect(Number(count), `${table}.${column}`).toBe(0);
      }
      expect(await db.user.count({ where: { id: person.id } })).toBe(0);
    }
    // Everyone else is untouched.
    expect(await db.cohortMember.count({ where: { userId: people.otherLearner.id } })).toBe(1);
    await expect(exportAccountData(db, people.learner.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
