import os from 'node:os';
import { AppError } from '../../errors';
import { workerPool } from '../../workers/worker-pool';
import type { CompiledLesson, CompileLessonOptions } from './compile-lesson';

/**
 * A lesson compiles in 50–800 ms, but this is wall-clock time: with the machine's cores saturated
 * (measured at load average 27 on 2 cores) ordinary lessons took over 5 s. The depth check
 * refuses hostile documents before they get here, so this backstop can be generous.
 */
export const compileTimeLimitMs = 15_000;

export class CompileTimeoutError extends AppError {
  constructor(limitMs: number) {
    super(
      'COMPILE_TIMEOUT',
      `This lesson took longer than ${limitMs / 1000} s to compile, so it was stopped; it is probably nested too deeply or too long. Simplify or split it and try again.`,
    );
  }
}

const threads = Math.max(2, os.availableParallelism());
// Every thread starts at once (1–2 s of CPU each: tsx compiles the compiler), so a request never
// waits for a thread to start while a slow document holds another; idle threads do not keep a CLI alive.
const compile = workerPool<[string, CompileLessonOptions], CompiledLesson>({
  name: 'compile-lesson',
  module: ['lib', 'content', 'markdown', 'compile-lesson.ts'],
  export: 'compileLesson',
  minThreads: threads,
  maxThreads: threads,
  timeout: (limitMs) => new CompileTimeoutError(limitMs),
});

/**
 * Compiles a lesson body in a worker thread, so a slow document never blocks the requests of
 * others. A compile that runs past the time limit fails with `CompileTimeoutError`.
 */
export function compileOffThread(markdown: string, options: CompileLessonOptions = {}, { timeLimitMs = compileTimeLimitMs }: { timeLimitMs?: number } = {}): Promise<CompiledLesson> {
  return compile(timeLimitMs, markdown, options);
}
