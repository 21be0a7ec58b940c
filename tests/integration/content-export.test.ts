import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stamp } from '../../lib/authoring/edit-base';
import { exportContent } from '../../lib/authoring/export-content';
import { publishLesson } from '../../lib/authoring/publish-lesson';
import { errorsOnly, formatProblem } from '../../lib/content/problems';
import { checkContent, syncContent } from '../../lib/content/sync';
import type { Db } from '../../lib/db/client';
import { setCurrentVersion } from '../../lib/questions/question-version';
import { questionSchema, type Question } from '../../lib/questions/schema';
import { chapterDir, copyOfContent, lessonFile } from '../helpers/content-tree';
import { seedPeople, testPassword } from '../helpers/people';
import { createAccount } from '../../lib/auth/accounts';
import { createTestDatabase } from '../helpers/test-database';

async function emptyDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-export-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

const table = '\n## Hypervisor cheat sheet\n\n| Type | Runs on |\n|---|---|\n| 1 | hardware |\n| 2 | a host OS |\n';
const diagram =
  '\n## Picture\n\n```text\n+------+    +------+\n| VM 1 |    | VM 2 |\n+--+---+    +--+---+\n   |  vSwitch   |\n   +-----+------+\n         |\n      [ NIC ]\n```\n';

/** Everything a learner or the app reads, without sync's bookkeeping (paths, cache keys, ownership, times). */
async function snapshot(db: Db) {
  const lessons = await db.lesson.findMany({
    where: { archivedAt: null },
    orderBy: { id: 'asc' },
    include: { examObjectives: { orderBy: { objectiveId: 'asc' } }, sections: { orderBy: { position: 'asc' }, omit: { lessonId: true } } },
    omit: { sourcePath: true, contentHash: true, owner: true, baseFileHash: true, updatedAt: true },
  });
  const questions = await db.question.findMany({
    where: { archivedAt: null },
    orderBy: { id: 'asc' },
    select: {
      id: true,
      lessonId: true,
      type: true,
      difficulty: true,
      tags: true,
      section: true,
      objectives: { orderBy: { objectiveId: 'asc' } },
      currentVersion: { select: { body: true, html: true } },
    },
  });
  const chapters = await db.chapter.findMany({
    where: { archivedAt: null },
    orderBy: { id: 'asc' },
    include: { courses: { orderBy: { courseId: 'asc' } } },
    omit: { contentHash: true },
  });
  const courses = await db.course.findMany({
    orderBy: { id: 'asc' },
    include: { domains: { orderBy: { id: 'asc' }, include: { objectives: { orderBy: { id: 'asc' } } } } },
    omit: { contentHash: true, updatedAt: true },
  });
  return { lessons, questions, chapters, courses };
}

// The round trips sync, export and re-check the whole real course, which grows chapter by chapter.
describe('content:export', { timeout: 120_000 }, () => {
  it('round trip: sync, browser edits, export, content:check, sync into a fresh database: every field survives', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    await syncContent(db, tree.dir);
    // Not seedPeople: its made-up course is no content file, and would be exported as one.
    const instructor = await createAccount(db, { email: 'rt-instructor@example.com', password: testPassword, role: 'INSTRUCTOR' });

    const hypervisors = await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-002-hypervisors' } });
    await publishLesson(db, {
      actorId: instructor.id,
      lessonId: hypervisors.id,
      draftId: null,
      source: hypervisors.source.replace('\n**Next Lesson:**', `${table}\n**Next Lesson:**`),
      base: { draftUpdatedAt: null, lessonUpdatedAt: stamp(hypervisors.updatedAt) },
    });
    await publishLesson(db, {
      actorId: instructor.id,
      lessonId: null,
      draftId: null,
      source: lessonFile(
        'lesson-008-browser-made',
        { order: '8', summary: '"Made in the browser."', examObjectives: '\n  ccna-200-301: ["1.12"]' },
        `Intro.\n${table}${diagram}`,
      ),
      base: { draftUpdatedAt: null, lessonUpdatedAt: null },
    });
    // What the question editor does on publish: a new current version, the row's columns, database ownership.
    const question = await db.question.findFirstOrThrow({ where: { lessonId: 'lesson-004-containers' }, include: { currentVersion: true } });
    const edited = questionSchema.parse({
      ...(question.currentVersion!.body as Question),
      stem: 'Edited in the browser: which **one** is right?',
      difficulty: 'hard',
    });
    await db.$transaction(async (tx) => {
      // The question names no objectives of its own, so it takes its lesson's, as the editor does.
      await setCurrentVersion(tx, edited, { 'ccna-200-301': ['1.12'] });
      await tx.question.update({ where: { id: question.id }, data: { owner: 'BROWSER', baseFileHash: question.contentHash, difficulty: edited.difficulty } });
    });

    const dir = await emptyDir();
    const written = await exportContent(db, dir, { intoContentDir: false, force: false });
    expect(written).toEqual(
      expect.arrayContaining([
        'chapters.yaml',
        'courses/ccna-200-301.yaml',
        `${chapterDir}/lesson-008-browser-made.md`,
        `${chapterDir}/lesson-004-containers.questions.yaml`,
      ]),
    );
    expect(await readFile(path.join(dir, chapterDir, 'lesson-002-hypervisors.md'), 'utf8')).toContain('| 2 | a host OS |');

    const checked = await checkContent(dir);
    expect(errorsOnly(checked.problems).map(formatProblem)).toEqual([]);

    const fresh = (await createTestDatabase()).db;
    await syncContent(fresh, dir);
    const [before, after] = [await snapshot(db), await snapshot(fresh)];
    expect(after.lessons.map((l) => l.id)).toContain('lesson-008-browser-made');
    expect(after.lessons).toEqual(before.lessons);
    expect(after.questions).toEqual(before.questions);
    expect(after.chapters).toEqual(before.chapters);
    expect(after.courses).toEqual(before.courses);
  });

  it('npm run content:export -- DIR writes the files and says what it wrote; content:check accepts them', async () => {
    const { db, url } = await createTestDatabase();
    await syncContent(db, (await copyOfContent()).dir);
    const dir = await emptyDir();
    const run = (script: string, args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: url },
        timeout: 60_000,
      });
    const exported = run('content-export', [dir]);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/wrote .*lessons\/chapter-001-virtualization-cloud\/lesson-001-virtualization-fundamentals\.md/);
    expect(exported.stdout).toMatch(/Exported \d+ file\(s\)/);
    const checked = run('content-check', [dir]);
    expect(checked.status, checked.stderr).toBe(0);
    expect(run('content-export', [dir]).stderr).toMatch(/is not empty/);
  });

  it('refuses a non-empty folder unless forced', async () => {
    const { db } = await createTestDatabase();
    const dir = await emptyDir();
    await writeFile(path.join(dir, 'keep.txt'), 'mine');
    await expect(exportContent(db, dir, { intoContentDir: false, force: false })).rejects.toThrow(/is not empty.*--force/);
    await exportContent(db, dir, { intoContentDir: false, force: true });
    expect(await readdir(dir)).toContain('chapters.yaml');
  });

  it('into content/ itself writes only the browser edits, into their own files; the next sync gives them back to the files', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    await syncContent(db, tree.dir);
    const { instructor } = await seedPeople(db, 'cd');
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-003-virtual-switching' } });
    await publishLesson(db, {
      actorId: instructor.id,
      lessonId: lesson.id,
      draftId: null,
      source: `${lesson.source}\nAdded in the browser.\n`,
      base: { draftUpdatedAt: null, lessonUpdatedAt: stamp(lesson.updatedAt) },
    });

    const written = await exportContent(db, tree.dir, { intoContentDir: true, force: false });
    expect(written).toEqual([`${chapterDir}/lesson-003-virtual-switching.md`]);
    const report = await syncContent(db, tree.dir);
    expect(report.warnings.filter((w) => w.message.startsWith('conflict'))).toEqual([]);
    expect(await db.lesson.findUniqueOrThrow({ where: { id: lesson.id } })).toMatchObject({ owner: 'FILE', baseFileHash: null });
  });
});
