import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDb } from '../../lib/db/client';
import { freePort, startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { getLessonPage } from '../../lib/lessons/queries';
import { startApp } from '../helpers/app-process';
import { machine, printResult, printTable, round, summarize } from './bench-report';
import { onCleanup, runBench } from './cleanup';
import { assertWrkInstalled, runWrk, type WrkResult } from './wrk';

const lessonPath = '/lessons/lesson-003-virtual-switching';
const load = { threads: 2, connections: 64, seconds: Number(process.env.BENCH_SECONDS ?? 15) };
const warmUpSeconds = 3;
const ratioTarget = 0.5;

/** Serves `file` from a child process; resolves once it listens. */
async function startStaticServer(file: string): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/bench/static-server.ts', file, String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  onCleanup(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the static server did not start in 30 s')), 30_000);
    child.stdout.on('data', (chunk) => String(chunk).includes('listening') && (clearTimeout(timer), resolve()));
    void exited.then(() => reject(new Error('the static server exited before listening')));
  });
  return `http://127.0.0.1:${port}${lessonPath}`;
}

async function measure(name: string, url: string): Promise<WrkResult> {
  console.log(`${name}: warm-up ${warmUpSeconds} s, then ${load.seconds} s at ${load.connections} connections…`);
  await runWrk(url, { ...load, seconds: warmUpSeconds });
  return runWrk(url, load);
}

/** What one page request costs in the database: the page runs getLessonPage for its metadata and again for its body. */
async function queryTime(dataDir: string, lessonId: string) {
  const server = await startEmbeddedDatabase(dataDir);
  if (server.owned) throw new Error('expected to reuse the app’s PostgreSQL');
  const db = createDb(server.url, 1);
  try {
    for (let i = 0; i < 20; i++) await getLessonPage(db, lessonId);
    const samples: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < 200; i++) {
      const t = performance.now();
      await getLessonPage(db, lessonId);
      samples.push(performance.now() - t);
    }
    const used = process.cpuUsage(cpu);
    // Node-side CPU (Prisma's query compiler, pg, result mapping): what the call costs the app's single thread.
    return { ...summarize(samples), cpuMs: (used.user + used.system) / 1000 / samples.length };
  } finally {
    await db.$disconnect();
  }
}

const row = (name: string, r: WrkResult) => [
  name,
  round(r.requestsPerSecond),
  round(r.latencyMs.p50, 2),
  round(r.latencyMs.p99, 2),
  r.requests,
  r.errors.non2xx3xx + r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout,
];
const brief = (r: WrkResult) => ({
  requestsPerSecond: round(r.requestsPerSecond),
  p50Ms: round(r.latencyMs.p50, 2),
  p99Ms: round(r.latencyMs.p99, 2),
  requests: r.requests,
  errors: r.errors,
});

await runBench('bench:pages', 15 * 60_000, async () => {
  assertWrkInstalled();
  const work = await mkdtemp(path.join(os.tmpdir(), 'netprep-bench-pages-'));
  onCleanup(() => rm(work, { recursive: true, force: true }));

  console.log('Starting the app (npm start’s entry point; builds first if the build is stale)…');
  const app = await startApp();
  onCleanup(() => app.stop());
  const appUrl = `${app.baseUrl}${lessonPath}`;

  const response = await fetch(appUrl);
  if (response.status !== 200) throw new Error(`GET ${lessonPath} answered ${response.status}`);
  const html = Buffer.from(await response.arrayBuffer());
  const file = path.join(work, 'lesson.html');
  await writeFile(file, html);
  const staticUrl = await startStaticServer(file);
  const copy = Buffer.from(await (await fetch(staticUrl)).arrayBuffer());
  if (!copy.equals(html)) throw new Error('the static server does not serve the saved bytes');

  const appRun = await measure('app', appUrl);
  const staticRun = await measure('static', staticUrl);

  console.log('Diagnostics: the page at 1 connection, /api/health, a prerendered page, the page’s query alone…');
  const single = await runWrk(appUrl, { threads: 1, connections: 1, seconds: 5 });
  const health = await runWrk(`${app.baseUrl}/api/health`, { ...load, seconds: 5 });
  // No such route: Next answers with the 404 page it prerendered at build time, its best case for a page.
  const prerendered = await runWrk(`${app.baseUrl}/bench-no-such-page`, { ...load, seconds: 5 });
  const query = await queryTime(app.dataDir, path.basename(lessonPath));
  const flightBytes = [...html.toString('utf8').matchAll(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);

  const ratio = appRun.requestsPerSecond / staticRun.requestsPerSecond;
  const meets = ratio >= ratioTarget;
  const header = ['target', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'errors'];
  printTable(
    `GET ${lessonPath} (${html.length} bytes), wrk -t${load.threads} -c${load.connections} -d${load.seconds}s after a ${warmUpSeconds} s warm-up`,
    header,
    [row('app (next start)', appRun), row('static copy (node:http)', staticRun)],
  );
  console.log(`\nratio app/static: ${round(ratio, 3)} against a target of ≥ ${ratioTarget} — ${meets ? 'MEETS' : 'MISSES'} the target`);
  printTable(
    'Diagnostics (where the app’s time goes)',
    ['measure', 'value'],
    [
      ['page at 1 connection: req/s', round(single.requestsPerSecond)],
      ['page at 1 connection: p50 ms', round(single.latencyMs.p50, 2)],
      ['/api/health at 64 connections: req/s', round(health.requestsPerSecond)],
      ['/api/health at 64 connections: p50 ms', round(health.latencyMs.p50, 2)],
      ['getLessonPage alone: mean ms (page runs it 2x)', round(query.mean, 2)],
      ['getLessonPage alone: p95 ms', round(query.p95, 2)],
      ['getLessonPage alone: Node CPU ms per call', round(query.cpuMs, 2)],
      ['prerendered 404 page at 64 connections: req/s', round(prerendered.requestsPerSecond)],
      ['prerendered 404 page at 64 connections: p50 ms', round(prerendered.latencyMs.p50, 2)],
      ['HTML bytes in RSC flight scripts', flightBytes],
      ['HTML bytes total', html.length],
    ],
  );

  printResult({
    bench: 'pages',
    ...machine(),
    path: lessonPath,
    htmlBytes: html.length,
    load: { ...load, warmUpSeconds, tool: 'wrk' },
    app: brief(appRun),
    static: brief(staticRun),
    ratio: round(ratio, 3),
    ratioTarget,
    ratioMeetsTarget: meets,
    diagnostics: {
      singleConnection: brief(single),
      health: brief(health),
      getLessonPageMs: { mean: round(query.mean, 2), p50: round(query.p50, 2), p95: round(query.p95, 2), nodeCpu: round(query.cpuMs, 2) },
      prerendered404: brief(prerendered),
      flightScriptBytes: flightBytes,
    },
  });
});
