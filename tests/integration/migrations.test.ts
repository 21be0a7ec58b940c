import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../lib/db/migrate';
import { applyPendingMigrations, createMigration, diffMigrationsToSchema } from '../../lib/db/migrations';
import { migrationStatus } from '../../lib/db/migration-status';
import { migrationsDir, schemaPath } from '../../lib/db/paths';
import { answerKeys } from '../../lib/questions/grading';
import type { QuestionResponse } from '../../lib/questions/schema';
import { createEmptyDatabase } from '../helpers/test-database';

async function tempCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-migrations-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  await cp(migrationsDir, path.join(dir, 'migrations'), { recursive: true });
  await cp(schemaPath, path.join(dir, 'schema.prisma'));
  return { schema: path.join(dir, 'schema.prisma'), migrations: path.join(dir, 'migrations') };
}

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  await client.end();
  return rows.map((r) => r.tablename);
}

/** A database migrated up to just before the migration named `…suffix`, and a way to put that one back. */
async function migratedUpTo(suffix: string) {
  const paths = await tempCopy();
  const name = (await readdir(paths.migrations)).find((m) => m.endsWith(suffix))!;
  const held = path.join(path.dirname(paths.migrations), name);
  await rename(path.join(paths.migrations, name), held);
  const url = await createEmptyDatabase();
  await applyPendingMigrations(url, paths);
  return { url, paths, name, putBack: () => rename(held, path.join(paths.migrations, name)) };
}

describe('migrations', () => {
  it('schema.prisma and prisma/migrations agree (like prisma migrate diff --exit-code)', async () => {
    const sql = await diffMigrationsToSchema(await createEmptyDatabase());
    expect(sql, `schema.prisma has changes with no migration; run npm run db:migration -- <name>:\n${sql}`).toBe('');
  });

  it('detects a schema change that has no migration, and writes one that closes the gap', async () => {
    const paths = await tempCopy();
    await writeFile(paths.schema, `${await readFile(paths.schema, 'utf8')}\nmodel Probe {\n  id Int @id\n}\n`);
    const url = await createEmptyDatabase();

    expect(await diffMigrationsToSchema(url, paths)).toContain('CREATE TABLE "Probe"');
    const folder = await createMigration(url, 'add_probe', paths, new Date('2030-01-02T03:04:05Z'));
    expect(folder).toBe('20300102030405_add_probe');
    expect(await readFile(path.join(paths.migrations, folder!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Probe"');
    expect(await diffMigrationsToSchema(url, paths)).toBe('');
    expect(await createMigration(url, 'nothing', paths)).toBeNull();
  });

  it('applies pending migrations once and records them in _prisma_migrations', async () => {
    const url = await createEmptyDatabase();
    const client = new pg.Pool({ connectionString: url, max: 1 });
    const query = async (sql: string) => (await client.query(sql)).rows;
    try {
      const before = await migrationStatus(query);
      expect(before.current).toBe(false);

      const applied = await applyPendingMigrations(url);
      expect(applied.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(url)).toEqual([]);
      expect(await migrationStatus(query)).toEqual({ current: true });
      const recorded = await query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1');
      expect(recorded.map((r) => r.migration_name)).toEqual(applied);
      expect(await tables(url)).toEqual(expect.arrayContaining(['Course', 'Domain', 'Objective']));
    } finally {
      await client.end();
    }
  });

  it('refuses a failing migration with one clear line and applies nothing, not even the earlier good ones', async () => {
    const paths = await tempCopy();
    const broken = path.join(paths.migrations, '29990101000000_broken');
    await cp(path.join(migrationsDir, 'migration_lock.toml'), path.join(paths.migrations, 'migration_lock.toml'));
    await mkdir(broken);
    await writeFile(path.join(broken, 'migration.sql'), 'CREATE TABLE "Half" (id int);\nCREATE TABLE "Broken" (id no_such_type);\n');
    const url = await createEmptyDatabase();

    const failure = migrateDatabase(url, paths);
    await expect(failure).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    await expect(failure).rejects.toThrow(/no_such_type[\s\S]*npm run db:migrate/);
    expect(await tables(url)).toEqual([]);

    await rm(broken, { recursive: true });
    expect((await migrateDatabase(url, paths)).length).toBeGreaterThan(0);
    expect(await tables(url)).toEqual(expect.arrayContaining(['Course', '_prisma_migrations']));
  });
});

describe('the dashboards migration backfills reviews logged before it', () => {
  it("gives each review its learner day (global settings' zone and day start) and first-of-day flag, counts answers and study days", async () => {
    const { url, paths, name: dashboards, putBack } = await migratedUpTo('_dashboards_and_authoring');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO "Course" (id, "examCode", name, vendor, version, description, "order", minutes, "contentHash", "updatedAt") VALUES ('c', 'X', 'C', 'V', '1', '', 1, 90, 'h', now());
        INSERT INTO "Domain" (id, "courseId", code, title, weight, "order") VALUES ('c:1.0', 'c', '1.0', 'D', 100, 1);
        INSERT INTO "Objective" (id, "courseId", "domainId", code, title, "order") VALUES ('c:1.1', 'c', 'c:1.0', '1.1', 'O', 1);
        INSERT INTO "Chapter" (id, title, "order", "contentHash") VALUES ('ch', 'Ch', 1, 'h');
        INSERT INTO "Lesson" (id, "chapterId", title, "order", duration, objectives, html, toc, "wordCount", "readingMinutes", "sourcePath", "contentHash", "updatedAt")
          VALUES ('l', 'ch', 'L', 1, 5, '{}', '', '[]', 0, 0, 'l.md', 'h', now());
        INSERT INTO "Question" (id, "lessonId", type, difficulty, tags, "sourcePath", "contentHash", "updatedAt") VALUES ('q', 'l', 'single', 'easy', '{}', 'l.questions.yaml', 'h', now());
        INSERT INTO "QuestionObjective" ("questionId", "objectiveId") VALUES ('q', 'c:1.1');
        INSERT INTO "User" (id, email, "passwordHash") VALUES ('u', 'u@example.com', 'x');
        INSERT INTO "SrsSettings" ("userId", scope, settings) VALUES ('u', '*', '{"timeZone": "America/New_York", "dayStartHour": 4}');
        INSERT INTO "Card" (id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps", reps, lapses, state, "showSalt")
          VALUES ('card', 'u', 'q', now(), 30, 5, 0, 30, 0, 3, 0, 2, 's');`);
      // New York is UTC−5 in January; its day starts at 04:00 local = 09:00 UTC.
      const logs: Array<[string, string, number, number]> = [
        ['a', '2026-01-10T08:59:00Z', 2, 3], // 03:59 local: still 9 Jan, review card with a 30-day interval
        ['b', '2026-01-10T09:01:00Z', 2, 1], // 04:01 local: 10 Jan, first of that day
        ['c', '2026-01-10T20:00:00Z', 3, 3], // later on 10 Jan: not first of the day
      ];
      for (const [id, at, state, rating] of logs) {
        await client.query(
          `INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, source, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", previous)
           VALUES ($1, 'u', 'card', $2, 'review', $3, now(), 30, 5, 30, 30, 30, 0, $4, 1000, '{}')`,
          [id, rating, state, at],
        );
      }
      await putBack();
      expect(await applyPendingMigrations(url, paths)).toEqual([dashboards]);
      const { rows } = await client.query(`SELECT id, day::text, "firstOfDay" FROM "ReviewLog" ORDER BY id`);
      expect(rows).toEqual([
        { id: 'a', day: '2026-01-09', firstOfDay: true },
        { id: 'b', day: '2026-01-10', firstOfDay: true },
        { id: 'c', day: '2026-01-10', firstOfDay: false },
      ]);
      expect((await client.query(`SELECT answers, "correctAnswers" FROM "Card"`)).rows).toEqual([{ answers: 3, correctAnswers: 2 }]);
      expect(
        (await client.query(`SELECT day::text, reviews, passed, "durationMs", "matureReviews", "maturePassed", "youngReviews" FROM "StudyDay" ORDER BY day`))
          .rows,
      ).toEqual([
        { day: '2026-01-09', reviews: 1, passed: 1, durationMs: 1000, matureReviews: 1, maturePassed: 1, youngReviews: 0 },
        { day: '2026-01-10', reviews: 2, passed: 1, durationMs: 2000, matureReviews: 1, maturePassed: 0, youngReviews: 0 },
      ]);
    } finally {
      await client.end();
    }
  });
});

describe('the answer keys migration backfills graded answers', () => {
  it('stores the keys the type modules give when grading, for every type and notation', async () => {
    const { url, paths, name: keysMigration, putBack } = await migratedUpTo('_attempt_item_answer_keys');
    const responses: Array<QuestionResponse | null> = [
      { type: 'single', choice: 'b' },
      { type: 'multiple', choices: ['c', 'a', 'c'] },
      { type: 'truefalse', value: false },
      { type: 'ordering', order: ['i2', 'i1'] },
      { type: 'matching', pairs: { p1: 'c1' } },
      { type: 'text', text: '  Spanning \t  TREE protocol. ' },
      { type: 'text', text: 'ＳＴＰ' },
      { type: 'text', text: 'Été.' },
      ...['1,5', ' 2.50 ', '1,000', '1e3', '.5', '-0', 'twelve'].map((value): QuestionResponse => ({ type: 'numeric', value })),
      null,
    ];
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`
        INSERT INTO "Chapter" (id, title, "order", "contentHash") VALUES ('ch', 'Ch', 1, 'h');
        INSERT INTO "Lesson" (id, "chapterId", title, "order", duration, objectives, html, toc, "wordCount", "readingMinutes", "sourcePath", "contentHash", "updatedAt")
          VALUES ('l', 'ch', 'L', 1, 5, '{}', '', '[]', 0, 0, 'l.md', 'h', now());
        INSERT INTO "Question" (id, "lessonId", type, difficulty, tags, "sourcePath", "contentHash", "updatedAt") VALUES ('q', 'l', 'single', 'easy', '{}', 'l.questions.yaml', 'h', now());
        INSERT INTO "QuestionVersion" (id, "questionId", version, hash, body, html) VALUES ('v', 'q', 1, 'h', '{}', '{}');
        INSERT INTO "User" (id, email, "passwordHash") VALUES ('u', 'u@example.com', 'x');
        INSERT INTO "QuizAttempt" (id, "userId", kind, status) VALUES ('a', 'u', 'PRACTICE', 'SUBMITTED');`);
      for (const [position, response] of responses.entries()) {
        await client.query(
          `INSERT INTO "AttemptItem" ("attemptId", position, "questionId", "versionId", presentation, response, correct, score, partial) VALUES ('a', $1, 'q', 'v', '{}', $2, false, 0, 0)`,
          [position, response === null ? null : JSON.stringify(response)],
        );
      }
      // An answer saved in an exam still running has no grade yet: it gets its keys when graded.
      await client.query(
        `INSERT INTO "AttemptItem" ("attemptId", position, "questionId", "versionId", presentation, response) VALUES ('a', 99, 'q', 'v', '{}', '{"type":"single","choice":"a"}')`,
      );
      await putBack();
      expect(await applyPendingMigrations(url, paths)).toEqual([keysMigration]);
      const { rows } = await client.query(`SELECT "answerKeys" FROM "AttemptItem" ORDER BY position`);
      const sorted = (keys: string[]) => [...keys].sort();
      expect(rows.map((r) => sorted(r.answerKeys))).toEqual([...responses.map((r) => (r ? sorted(answerKeys(r)) : [])), []]);
    } finally {
      await client.end();
    }
  });
});
