import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { createDb } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { startApp } from '../helpers/app-process';
import { machine, printResult, printTable, round, summarize, type Summary } from './bench-report';
import { onCleanup, runBench } from './cleanup';
import { makeBacklog, preloadQueues, runClients } from './srs-http';
import { measureQueue, measureSubmit } from './srs-inprocess';
import { numberCards, pgbenchVersion, runPgbench, type PgbenchResult } from './srs-pgbench';
import { seedSize, seedSrs } from './srs-seed';

const courseId = 'network-plus-n10-009';
const queueSamples = 300;
const submitSamples = 200;
const clients = 32;
// Four learners a client: each has about 195 cards queued, enough for ~1,000 reviews/s.
const learnersPerClient = 4;
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const warmUpSeconds = 3;
const targets = { queueP95Ms: 5, ratio: 0.4 };

const ms = (s: Summary) => ({ p50Ms: round(s.p50, 2), p95Ms: round(s.p95, 2), p99Ms: round(s.p99, 2), meanMs: round(s.mean, 2), samples: s.count });
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

await runBench('bench:srs', 20 * 60_000, async () => {
  const pgbench = pgbenchVersion();
  if (!pgbench) console.log('pgbench is not installed (apt-get install -y postgresql-client): the pgbench comparison and the ratio will be skipped.');
  const work = await mkdtemp(path.join(os.tmpdir(), 'netprep-bench-srs-'));
  onCleanup(() => rm(work, { recursive: true, force: true }));

  console.log('Starting the app (npm start’s entry point; builds first if the build is stale)…');
  const app = await startApp();
  onCleanup(() => app.stop());
  const server = await startEmbeddedDatabase(app.dataDir);
  if (server.owned) throw new Error('expected to reuse the app’s PostgreSQL');
  const db = createDb(server.url, 4);
  onCleanup(() => db.$disconnect());
  const sql = new pg.Client({ connectionString: server.url });
  await sql.connect();
  onCleanup(() => sql.end());
  const postgres = (await sql.query('SHOW server_version')).rows[0].server_version as string;

  console.log(`Seeding ${seedSize.learners} learners, ${seedSize.learners * seedSize.cardsPerLearner} cards, ${seedSize.reviewLogs} review logs…`);
  const seeded = await seedSrs(db, server.url, courseId, (line) => console.log(line));
  console.log(`Seeded in ${round(seeded.ms / 1000, 1)} s over ${seeded.questions} questions.`);
  printTable(
    'Tables',
    ['table', 'rows', 'size'],
    Object.keys(seeded.rows).map((t) => [t, seeded.rows[t], seeded.sizes[t]]),
  );

  console.log(`\nreviewQueue for random learners, ${queueSamples} samples after a warm-up…`);
  const queue = await measureQueue(db, queueSamples);

  const httpLearners = clients * learnersPerClient;
  console.log(`Sending learners 1–${httpLearners + 2} a month of overdue cards, signing in the first ${httpLearners} over HTTP, loading their queues…`);
  // The last two learners' queues are for timing submitReview in-process, after the HTTP run.
  await makeBacklog(db, httpLearners + 2);
  const queues = await preloadQueues(db, app.baseUrl, httpLearners);
  const decks = Array.from({ length: clients }, (_, c) =>
    queues
      .filter((_, i) => i % clients === c)
      .flat()
      .reverse(),
  );
  const queued = decks.reduce((n, d) => n + d.length, 0);
  const logsBefore = Number((await sql.query('SELECT count(*) FROM "ReviewLog"')).rows[0].count);
  console.log(`POST /api/reviews from ${clients} clients (${queued} cards queued): warm-up ${warmUpSeconds} s, then ${seconds} s…`);
  const warm = await runClients(app.baseUrl, decks, warmUpSeconds);
  const run = await runClients(app.baseUrl, decks, seconds);
  const logsWritten = Number((await sql.query('SELECT count(*) FROM "ReviewLog"')).rows[0].count) - logsBefore;
  const http = summarize(run.latencies);
  const reviewsPerSecond = run.latencies.length / run.seconds;
  console.log(`submitReview in-process, one at a time, ${submitSamples} samples after a warm-up…`);
  const submit = await measureSubmit(db, httpLearners + 1, submitSamples);

  let bench: (PgbenchResult & { cards: number }) | null = null;
  if (pgbench) {
    const cards = await numberCards(sql);
    const load = { clients, threads: 2, seconds };
    console.log(
      `pgbench, the same transaction in raw SQL on ${cards} cards: -c ${clients} -j 2 -n -M prepared, warm-up ${warmUpSeconds} s, then ${seconds} s…`,
    );
    await runPgbench(server.url, cards, work, 'warm-up', { ...load, seconds: warmUpSeconds });
    bench = { ...(await runPgbench(server.url, cards, work, 'measured', load)), cards };
  }
  const ratio = bench ? reviewsPerSecond / bench.tps : null;

  printTable(
    `Results (embedded PostgreSQL ${postgres}; the app, pgbench and this process share the machine)`,
    ['measure', 'per s', 'p50 ms', 'p95 ms', 'p99 ms', 'mean ms', 'samples'],
    [
      [
        'reviewQueue, in-process Prisma client (server-side time)',
        '-',
        round(queue.summary.p50, 2),
        round(queue.summary.p95, 2),
        round(queue.summary.p99, 2),
        round(queue.summary.mean, 2),
        queue.summary.count,
      ],
      [
        'submitReview, in-process, one at a time (diagnostic)',
        round(1000 / submit.summary.mean, 1),
        round(submit.summary.p50, 2),
        round(submit.summary.p95, 2),
        round(submit.summary.p99, 2),
        round(submit.summary.mean, 2),
        submit.summary.count,
      ],
      [
        `POST /api/reviews, ${clients} clients over HTTP`,
        round(reviewsPerSecond, 1),
        round(http.p50, 1),
        round(http.p95, 1),
        round(http.p99, 1),
        round(http.mean, 1),
        http.count,
      ],
      ...(bench
        ? [
            [
              `pgbench review transaction, ${clients} clients`,
              round(bench.tps, 1),
              round(bench.latencyMs.p50, 1),
              round(bench.latencyMs.p95, 1),
              round(bench.latencyMs.p99, 1),
              round(bench.latencyMs.mean, 1),
              bench.transactions,
            ],
          ]
        : []),
    ],
  );
  console.log(`\nreviewQueue: ${round(queue.meanDue, 1)} cards due per learner on average; Node CPU ${round(queue.nodeCpuMs, 2)} ms per call.`);
  console.log(
    `submitReview: Node CPU ${round(submit.nodeCpuMs, 2)} ms per review, so one app process tops out near ${Math.round(1000 / submit.nodeCpuMs)} reviews/s before HTTP and sign-in checks.`,
  );
  console.log(
    `HTTP statuses (warm-up excluded): ${JSON.stringify(run.statuses)}; warm-up: ${JSON.stringify(warm.statuses)}; review logs written: ${logsWritten}.`,
  );
  printTable(
    'Targets',
    ['target', 'measured', 'goal', 'result'],
    [
      ['due-queue p95', `${round(queue.summary.p95, 2)} ms`, `< ${targets.queueP95Ms} ms`, verdict(queue.summary.p95 < targets.queueP95Ms)],
      ratio === null
        ? ['app reviews/s ÷ pgbench tps', 'skipped', `≥ ${targets.ratio}`, 'pgbench not installed']
        : ['app reviews/s ÷ pgbench tps', String(round(ratio, 3)), `≥ ${targets.ratio}`, verdict(ratio >= targets.ratio)],
    ],
  );
  const m = { ...machine(), cpuModel: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30, 1), postgres, pgbenchVersion: pgbench };
  console.log(`\nMachine: Node ${m.node}, ${m.cpus} CPUs (${m.cpuModel}), ${m.memoryGb} GB, PostgreSQL ${postgres}, ${pgbench ?? 'no pgbench'}, ${m.at}`);

  printResult({
    bench: 'srs',
    ...m,
    seed: { ...seedSize, questions: seeded.questions, ms: round(seeded.ms), rows: seeded.rows, sizes: seeded.sizes },
    reviewQueue: { ...ms(queue.summary), meanDue: round(queue.meanDue, 1), nodeCpuMs: round(queue.nodeCpuMs, 2) },
    submitReviewInProcess: { ...ms(submit.summary), nodeCpuMs: round(submit.nodeCpuMs, 2) },
    http: {
      clients,
      seconds: round(run.seconds, 2),
      reviewsPerSecond: round(reviewsPerSecond, 1),
      ...ms(http),
      statuses: run.statuses,
      warmUpStatuses: warm.statuses,
      logsWritten,
    },
    pgbench: bench && {
      clients,
      threads: 2,
      seconds,
      cards: bench.cards,
      tps: round(bench.tps, 1),
      transactions: bench.transactions,
      failed: bench.failed,
      ...ms(bench.latencyMs),
    },
    ratio: ratio === null ? null : round(ratio, 3),
    targets,
    meets: { queueP95: queue.summary.p95 < targets.queueP95Ms, ratio: ratio === null ? null : ratio >= targets.ratio },
  });

  // Missed targets are figures; anything else wrong makes the figures meaningless.
  const problems: string[] = [];
  const statuses: Record<string, number> = { ...warm.statuses };
  Object.entries(run.statuses).forEach(([status, n]) => (statuses[status] = (statuses[status] ?? 0) + n));
  const { applied = 0, ...others } = statuses;
  if (Object.keys(others).length) problems.push(`responses other than 'applied' (warm-up included): ${JSON.stringify(others)}`);
  if (logsWritten !== applied) problems.push(`${applied} reviews applied but ${logsWritten} review logs written`);
  if (bench && bench.failed > 0) problems.push(`${bench.failed} pgbench transactions failed`);
  if (problems.length) throw new Error(problems.join('; '));
});
