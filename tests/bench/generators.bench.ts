import { parseParams } from '../../lib/questions/generators/generator';
import { generatorByName, generatorNames } from '../../lib/questions/generators/index';
import { machine, printResult, printTable, round } from './bench-report';
import { runBench } from './cleanup';

const targetPerSecond = 20_000;
const measuredMs = Number(process.env.BENCH_SECONDS ?? 2) * 1000;

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
  for (const warmUpStart = performance.now(); performance.now() - warmUpStart < 1000; ) once(seed++);
  seed = 1_000_000_000;
  const started = performance.now();
  while (performance.now() - started < measuredMs) {
    for (let i = 0; i < 500; i++) once(seed++);
  }
  const elapsed = performance.now() - started;
  const variants = seed - 1_000_000_000;
  return { variants, perSecond: (variants / elapsed) * 1000, microseconds: (elapsed * 1000) / variants };
}

await runBench('bench:generators', 5 * 60_000, async () => {
  const rows = generatorNames.map((name) => ({ name, ...measure(name) }));
  printTable(
    `Variants generated and graded per second, in process (${measuredMs / 1000} s each, default params)`,
    ['generator', 'variants', 'per second', 'µs each', 'target'],
    rows.map((r) => [r.name, r.variants, Math.round(r.perSecond), round(r.microseconds, 2), r.perSecond >= targetPerSecond ? 'ok' : 'MISS']),
  );
  printResult({
    bench: 'generators',
    ...machine(),
    targetPerSecond,
    generators: Object.fromEntries(rows.map((r) => [r.name, { perSecond: Math.round(r.perSecond), microseconds: round(r.microseconds, 2) }])),
  });
});
