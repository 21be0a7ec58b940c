import { appendFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readContentFiles } from '../../lib/content/content-files';
import { loadChapters } from '../../lib/content/load-chapters';
import { loadCourses } from '../../lib/content/load-courses';
import { parseLessonFile } from '../../lib/content/load-lesson-file';
import { compileLesson } from '../../lib/content/markdown/compile-lesson';
import { splitFrontmatter } from '../../lib/content/split-frontmatter';
import { syncContent, type SyncReport } from '../../lib/content/sync';
import { syncCourses } from '../../lib/content/sync-courses';
import { syncChapters, syncLessons } from '../../lib/content/sync-lessons';
import { createDb } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { migrateDatabase } from '../../lib/db/migrate';
import { machine, printResult, printTable, round, summarize, timed } from './bench-report';
import { onCleanup, runBench } from './cleanup';
import { assertValidTree, generateContentTree } from './generate-content-tree';

const lessonCount = Number(process.env.BENCH_LESSONS ?? 1000);
const unchangedTargetMs = 2000;

/** Compiles every body once, after a short warm-up so that JIT compilation is not counted. */
async function compileThroughput(files: string[]) {
  const bodies = await Promise.all(files.map(async (file) => splitFrontmatter(await readFile(file, 'utf8'), file)));
  for (const body of bodies.slice(0, 7)) await compileLesson(body.body, { bodyStartLine: body.bodyStartLine });
  const samples: number[] = [];
  const started = performance.now();
  for (const { body, bodyStartLine } of bodies) {
    const t = performance.now();
    await compileLesson(body, { bodyStartLine });
    samples.push(performance.now() - t);
  }
  const totalMs = performance.now() - started;
  return { totalMs, lessonsPerSecond: (bodies.length / totalMs) * 1000, perLesson: summarize(samples) };
}

/** checkContent minus the Markdown compile: the floor of a sync that skipped compiling unchanged lessons. */
async function readAndParseOnly(dir: string) {
  const courses = await loadCourses(dir);
  await loadChapters(dir, new Set(courses.courses.map((c) => c.definition.id)));
  const files = await readContentFiles(path.join(dir, 'lessons'), ['.md']);
  files.forEach((file) => parseLessonFile(file));
}

const counts = (r: SyncReport) => `${r.lessons.created} new, ${r.lessons.updated} updated, ${r.lessons.unchanged} unchanged`;

await runBench('bench:content', 20 * 60_000, async () => {
  const contentRoot = await mkdtemp(path.join(os.tmpdir(), 'netprep-bench-content-'));
  onCleanup(() => rm(contentRoot, { recursive: true, force: true }));
  // Its own temp dir: as root, PostgreSQL's user must be able to enter every folder above its data.
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-bench-db-'));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));

  console.log(`Generating ${lessonCount} lessons…`);
  const tree = await generateContentTree({ dir: path.join(contentRoot, 'content'), lessons: lessonCount });
  console.log('checkContent on the generated tree…');
  const check = await timed(() => assertValidTree(tree.dir));
  console.log(`  0 errors, ${check.value.problems.length} warning(s), ${round(check.ms / 1000)} s`);

  console.log('Compiling every lesson body…');
  const compile = await compileThroughput(tree.lessonFiles);

  console.log('Starting the embedded PostgreSQL and migrating…');
  const server = await startEmbeddedDatabase(dataDir);
  onCleanup(() => server.stop());
  const migrate = await timed(() => migrateDatabase(server.url));
  const db = createDb(server.url, 2);
  onCleanup(() => db.$disconnect());

  console.log('syncContent: cold…');
  const cold = await timed(() => syncContent(db, tree.dir));
  console.log('syncContent: unchanged…');
  const unchanged = await timed(() => syncContent(db, tree.dir));
  // The database half of an unchanged sync, on the already-checked tree: what sync costs beyond checkContent.
  const dbCourses = await timed(() => syncCourses(db, check.value.courses));
  const dbChapters = await timed(() => syncChapters(db, check.value.chapters));
  const dbLessons = await timed(() => syncLessons(db, check.value.lessons));
  const dbOnlyMs = dbCourses.ms + dbChapters.ms + dbLessons.ms;
  const parseOnly = await timed(() => readAndParseOnly(tree.dir));

  const touchedFile = tree.lessonFiles[Math.floor(tree.lessonFiles.length / 2)];
  await appendFile(touchedFile, `\nEdited by the benchmark at ${new Date().toISOString()}.\n`);
  console.log('syncContent: one lesson touched…');
  const touched = await timed(() => syncContent(db, tree.dir));

  const meets = unchanged.ms < unchangedTargetMs;
  const s = compile.perLesson;
  printTable(
    `Markdown compile, ${lessonCount} lessons (compileLesson, one at a time)`,
    ['measure', 'value'],
    [
      ['lessons/s', round(compile.lessonsPerSecond)],
      ['total (s)', round(compile.totalMs / 1000, 2)],
      ['ms/lesson mean', round(s.mean, 2)],
      ['ms/lesson p50', round(s.p50, 2)],
      ['ms/lesson p95', round(s.p95, 2)],
      ['ms/lesson max', round(s.max, 2)],
    ],
  );
  printTable(
    `Content sync, ${lessonCount} lessons / ${tree.chapters} chapters (embedded PostgreSQL, pool 2)`,
    ['run', 'ms', 'lessons'],
    [
      ['migrate (empty database)', round(migrate.ms), '-'],
      ['checkContent alone (no database)', round(check.ms), `${tree.lessons} validated + compiled`],
      ['syncContent cold', round(cold.ms), counts(cold.value)],
      ['  minus checkContent ≈ database writes', round(cold.ms - check.ms), 'estimate: two separate runs'],
      ['syncContent unchanged', round(unchanged.ms), counts(unchanged.value)],
      [
        '  of which database (measured apart)',
        round(dbOnlyMs),
        `courses ${round(dbCourses.ms)} + chapters ${round(dbChapters.ms)} + lessons ${round(dbLessons.ms)}`,
      ],
      ['  read + parse files only', round(parseOnly.ms), 'the floor of a sync that compiles nothing'],
      ['syncContent one lesson touched', round(touched.ms), counts(touched.value)],
    ],
  );
  console.log(
    `\nUnchanged sync: ${round(unchanged.ms)} ms against a target of ${unchangedTargetMs} ms — ${meets ? 'MEETS' : 'MISSES'} the target` +
      ` (checkContent alone ${round(check.ms)} ms, of which Markdown compile ≈ ${round(compile.totalMs)} ms; read + parse ${round(parseOnly.ms)} ms; database ${round(dbOnlyMs)} ms).`,
  );

  printResult({
    bench: 'content',
    ...machine(),
    lessons: tree.lessons,
    chapters: tree.chapters,
    compile: {
      lessonsPerSecond: round(compile.lessonsPerSecond),
      totalMs: round(compile.totalMs),
      meanMs: round(s.mean, 2),
      p50Ms: round(s.p50, 2),
      p95Ms: round(s.p95, 2),
      maxMs: round(s.max, 2),
    },
    migrateMs: round(migrate.ms),
    checkContentMs: round(check.ms),
    sync: {
      coldMs: round(cold.ms),
      unchangedMs: round(unchanged.ms),
      coldDbWritesEstimateMs: round(cold.ms - check.ms),
      unchangedDbOnlyMs: round(dbOnlyMs),
      readAndParseOnlyMs: round(parseOnly.ms),
      touchedMs: round(touched.ms),
      touchedLessonsUpdated: touched.value.lessons.updated,
      unchangedTargetMs,
      unchangedMeetsTarget: meets,
    },
  });
});
