import os from 'node:os';

export type Summary = { count: number; mean: number; p50: number; p95: number; p99: number; min: number; max: number };

/** Nearest-rank percentiles: each figure is a sample that was really measured. */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return { count: sorted.length, mean, p50: at(50), p95: at(95), p99: at(99), min: sorted[0], max: sorted[sorted.length - 1] };
}

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export const round = (x: number, digits = 1) => Number(x.toFixed(digits));

/** Figures right-aligned, text left-aligned, so columns line up in a terminal or CI log. */
export function printTable(title: string, header: string[], rows: (string | number)[][]) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.every((r) => typeof r[i] === 'number' || r[i] === '-'));
  const line = (r: string[]) =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  console.log(`\n${title}\n${line(cells[0])}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  cells.slice(1).forEach((r) => console.log(line(r)));
}

/** One machine-readable line per run; CI or a script can grep for the prefix. */
export function printResult(result: Record<string, unknown>) {
  console.log(`\nBENCH_RESULT ${JSON.stringify(result)}`);
}

export function machine() {
  return { node: process.version, cpus: os.availableParallelism(), at: new Date().toISOString() };
}
