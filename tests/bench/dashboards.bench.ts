import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { syncContent } from '../../lib/content/sync';
import { analyseItems } from '../../lib/dashboard/item-analysis';
import { cohortTable } from '../../lib/dashboard/instructor/cohort-table';
import { loadLearnerDashboard } from '../../lib/dashboard/learner-dashboard';
import { createDb } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { migrateDatabase } from '../../lib/db/migrate';
import { machine, printResult, printTable, round, summarize, type Summary } from './bench-report';
import { onCleanup, runBench } from './cleanup';
import { cohortLogs, seedDashboards, seedSize, soloLogs } from './dashboards-seed';

const courseId = 'network-plus-n10-009';
const warmUp = 5;
const samples = { learner: 60, instructor: 30, items: 20 };
const targets = { learnerP95Ms: 150, instructorP95Ms: 400 };

/** Server time of one call, as a page would make it, one at a time after a warm-up. */
async function timeCalls(count: number, work: () => Promise<unknown>): Promise<{ summary: Summary; nodeCpuMs: number }> {
  for (let i = 0; i < warmUp; i++) await work();
  const times: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) {
    const t = performance.now();
    await work();
    times.push(performance.now() - t);
  }
  const used = process.cpuUsage(cpu);
  return { summary: summarize(times), nodeCpuMs: (used.user + used.system) / 1000 / count };
}

const figures = (s: Summary) => ({ p50Ms: round(s.p50, 1), p95Ms: round(s.p95, 1), meanMs: round(s.mean, 1), samples: s.count });
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

await runBench('bench:dashboards', 20 * 60_000, async () => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-bench-dashboards-'));
  onCleanup(() => rm(dataDir, { recursive: true, force: true }));
  console.log('Starting the embedded PostgreSQL, migrating and syncing content/…');
  const server = await startEmbeddedDatabase(dataDir);
  onCleanup(() => server.stop());
  await migrateDatabase(server.url);
  const db = createDb(server.url, 4);
  onCleanup(() => db.$disconnect());
  await syncContent(db, path.join(process.cwd(), 'content'));

  console.log(`Seeding one learner with ${soloLogs} review logs and a cohort of ${seedSize.cohortLearners} learners with ${cohortLogs} review logs…`);
  const seeded = await seedDashboards(db, server.url, courseId, (line) => console.log(line));
  console.log(`Seeded in ${round(seeded.ms / 1000, 1)} s.`);
  printTable(
    'Tables',
    ['table', 'rows'],
    Object.entries(seeded.rows).map(([table, rows]) => [table, rows]),
  );

  const now = new Date();
  const instructor = { id: seeded.instructorId, email: 'bench-instructor@example.com', name: 'Bench instructor', role: 'INSTRUCTOR' as const };
  const sample = await loadLearnerDashboard(db, { userId: seeded.soloId, courseId, now });
  const table = await cohortTable(db, instructor, seeded.cohortId, now);
  if (table.learners.length !== seedSize.cohortLearners)
    throw new Error(`the cohort table lists ${table.learners.length} learners, not ${seedSize.cohortLearners}`);
  console.log(`Learner dashboard: ${sample.readiness.basis.answers} answers behind the readiness estimate; cohort table: ${table.learners.length} learners.`);

  console.log(`\nloadLearnerDashboard (${soloLogs} review logs), ${samples.learner} samples…`);
  const learner = await timeCalls(samples.learner, () => loadLearnerDashboard(db, { userId: seeded.soloId, courseId, now }));
  console.log(`cohortTable (${seedSize.cohortLearners} learners, ${cohortLogs} review logs), ${samples.instructor} samples…`);
  const cohort = await timeCalls(samples.instructor, () => cohortTable(db, instructor, seeded.cohortId, now));
  console.log(`analyseItems (${seeded.rows.AttemptItem} exam answers), ${samples.items} samples…`);
  const items = await timeCalls(samples.items, () => analyseItems(db, instructor, { courseId }));

  const rows: Array<[string, { summary: Summary; nodeCpuMs: number }, number | null]> = [
    ['learner dashboard', learner, targets.learnerP95Ms],
    ['instructor cohort table', cohort, targets.instructorP95Ms],
    ['item analysis (course)', items, null],
  ];
  printTable(
    'Server time per call (ms)',
    ['call', 'p50', 'p95', 'mean', 'node CPU', 'target p95', 'verdict'],
    rows.map(([name, t, target]) => [
      name,
      round(t.summary.p50, 1),
      round(t.summary.p95, 1),
      round(t.summary.mean, 1),
      round(t.nodeCpuMs, 1),
      target ?? '-',
      target === null ? '-' : verdict(t.summary.p95 < target),
    ]),
  );
  printResult({
    bench: 'dashboards',
    machine: machine(),
    seed: { ...seedSize, rows: seeded.rows },
    learnerDashboard: {
      ...figures(learner.summary),
      nodeCpuMs: round(learner.nodeCpuMs, 1),
      targetP95Ms: targets.learnerP95Ms,
      pass: learner.summary.p95 < targets.learnerP95Ms,
    },
    cohortTable: {
      ...figures(cohort.summary),
      nodeCpuMs: round(cohort.nodeCpuMs, 1),
      targetP95Ms: targets.instructorP95Ms,
      pass: cohort.summary.p95 < targets.instructorP95Ms,
    },
    itemAnalysis: { ...figures(items.summary), nodeCpuMs: round(items.nodeCpuMs, 1) },
  });
});
