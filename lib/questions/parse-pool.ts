import { AppError } from '../errors';
import { workerPool } from '../workers/worker-pool';
import type { ImportResult } from './formats/import-result';
import type { ImportFormat } from './parse-import';

/**
 * Wall-clock time. 20,000 GIFT questions (3 MB) take 7 s of CPU, but measured 30 s of wall time at
 * load average 19 on 2 cores; a 10 MB bank must still fit on a busy machine.
 */
export const parseTimeLimitMs = 120_000;

export class ParseTimeoutError extends AppError {
  constructor(limitMs: number) {
    super(
      'PARSE_TIMEOUT',
      `The file took longer than ${limitMs / 1000} s to read, so it was stopped. Split it into smaller files and upload them one at a time.`,
    );
  }
}

// Uploads are rare: one thread starts on first use, a second only when two uploads overlap.
const parse = workerPool<[string, ImportFormat, string], ImportResult>({
  name: 'parse-import',
  module: ['lib', 'questions', 'parse-import.ts'],
  export: 'parseImport',
  minThreads: 1,
  maxThreads: 2,
  timeout: (limitMs) => new ParseTimeoutError(limitMs),
});

/** Reads an uploaded question bank in a worker thread, so a large or hostile file never blocks other requests. */
export function parseOffThread(
  text: string,
  format: ImportFormat,
  file: string,
  { timeLimitMs = parseTimeLimitMs }: { timeLimitMs?: number } = {},
): Promise<ImportResult> {
  return parse(timeLimitMs, text, format, file);
}
