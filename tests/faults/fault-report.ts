import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** One fault test's outcome, in the terms the closing note asks for. */
export type FaultFigure = { fault: string; happened: string; recoverySeconds: number | null; lost: string; detail?: string };

const figuresFile = path.join('tests/.reports', 'faults-figures.jsonl');

/** Prints the figure as a table (quotable from the test log) and keeps it for the run's summary. */
export function reportFault(figure: FaultFigure): void {
  console.table([{ ...figure, recoverySeconds: figure.recoverySeconds === null ? 'n/a' : figure.recoverySeconds.toFixed(2) }]);
  mkdirSync(path.dirname(figuresFile), { recursive: true });
  appendFileSync(figuresFile, `${JSON.stringify(figure)}\n`);
}

/** A response that shows a developer's view of a failure: a stack frame or a source path. */
export function leaksInternals(body: string): boolean {
  return /\n\s+at [\w.<>]+ \(|node_modules\/|webpack-internal|\.ts:\d+:\d+/.test(body);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
