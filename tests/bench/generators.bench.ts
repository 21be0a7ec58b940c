import { parseParams } from '../../lib/questions/generators/generator';
import { generatorByName, generatorNames } from '../../lib/questions/generators/index';
import { createDb } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { startApp } from '../helpers/app-process';
import { machine, printResult, printTable, round, summarize } from './bench-report';
import { onCleanup, runBench } from './cleanup';
import { timeDrillAnswers } from './drill-http';

const targetPerSecond = 20_000;
const measuredMs = Number(process.env.BENCH_SECONDS ?? 2) * 1000;
const httpTargetP95Ms = 30;
const httpWarmUp = 40;
const httpSamples = Number(process.env.BENCH_DRILL_SAMPLES ?? 400);

/**
 * One variant generated from its seed, then graded twice through `check`: its own answer (must be
 * right, or the run fails) and a malformed one (must come back invalid), the two paths a drill takes.
 */
function measure(name: (typeof generatorNames)[number]) {
  const generator = generatorByName(name);
  const params = parseParams(generator, {});
  const once = (seed: number) => {
    const variant = generator.generate(params, seed);
    const right = generator.check(variant, generator.answerText(variant));
    if (!('correct' in right) || !right.correct) throw new Error(`${name} seed ${seed}: its own answer was not accepted`);
    if (!('invalid' in generator.check(variant, '%%%'))) throw new Error(`${name} seed ${seed}: malformed input was not reported`);
  };
  // A timed warm-up, so that JIT compilation is not counted: the larger generators need more runs to be optimized.
  let seed = 0;
  for (const warmUpStart = performance.now(); performance.now() - warmUpStart < 1000;) once(seed++);
  seed = 1_000_000_000;
  const started = performance.now();
  while (performance.now() - started < measuredMs) {
    for (let i = 0; i < 500; i++) once(seed++);
  }
  const elapsed = performance.now() - started;
  const variants = seed - 1_000_000_000;
  return { variants, perSecond: (variants / elapsed) * 1000, microseconds: (elapsed * 1000) / variants };
}

await runBench('bench:generators', 20 * 60_000, async () => {
  const rows = generatorNames.map((name) => ({ name, ...measure(name) }));
  printTable(
    `Variants generated and graded per second, in process (${measuredMs / 1000} s each, default params)`,
    ['generator', 'variants', 'per second', 'µs each', 'target'],
    rows.map((r) => [r.name, r.variants, Math.round(r.perSecond), round(r.microseconds, 2), r.perSecond >= targetPerSecond ? 'ok' : 'MISS']),
  );

  console.log('\nStarting the app (npm start’s entry point; builds first if the build is stale)…');
  const app = await startApp();
  onCleanup(() => app.stop());
  const server = await startEmbeddedDatabase(app.dataDir);
  if (server.owned) throw new Error('expected to reuse the app’s PostgreSQL');
  const db = createDb(server.url, 2);
  onCleanup(() => db.$disconnect());
  console.log(`POST /api/drill/<run>/answers, one at a time: ${httpWarmUp} warm-up answers, then ${httpSamples}…`);
  await timeDrillAnswers(db, app.baseUrl, httpWarmUp);
  const http = await timeDrillAnswers(db, app.baseUrl, httpSamples);
  const answer = summarize(http.latencies);
  printTable(
    'Drill answer over HTTP (production build, loopback round trip, ms)',
    ['answers', 'p50', 'p95', 'p99', 'max', 'target p95', 'verdict'],
    [
      [
        answer.count,
        round(answer.p50, 2),
        round(answer.p95, 2),
        round(answer.p99, 2),
        round(answer.max, 2),
        httpTargetP95Ms,
        answer.p95 < httpTargetP95Ms ? 'PASS' : 'MISS',
      ],
    ],
  );
  console.log(`Outcomes: ${JSON.stringify(http.statuses)}`);

  printResult({
    bench: 'generators',
    ...machine(),
    targetPerSecond,
    generators: Object.fromEntries(rows.map((r) => [r.name, { perSecond: Math.round(r.perSecond), microseconds: round(r.microseconds, 2) }])),
    drillAnswerHttp: {
      p50Ms: round(answer.p50, 2),
      p95Ms: round(answer.p95, 2),
      p99Ms: round(answer.p99, 2),
      samples: answer.count,
      targetP95Ms: httpTargetP95Ms,
      outcomes: http.statuses,
    },
  });
});
