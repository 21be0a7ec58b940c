import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { projectRoot } from '../../db/paths';
import { AppError } from '../../errors';
import type { CompiledLesson, CompileLessonOptions } from './compile-lesson';

/**
 * A lesson compiles in 50–800 ms, but this is wall-clock time: with the machine's cores saturated
 * (measured at load average 27 on 2 cores) ordinary lessons took over 5 s. The depth check
 * refuses hostile documents before they get here, so this backstop can be generous.
 */
export const compileTimeLimitMs = 15_000;

// Found from the working directory, like the migrations: Next's server bundle does not contain
// this file, and the worker must be started from a real path in every runtime.
const workerFile = path.join(/*turbopackIgnore: true*/ projectRoot, 'lib', 'content', 'markdown', 'compile-worker.mjs');

export class CompileTimeoutError extends AppError {
  constructor(limitMs: number) {
    super(
      'COMPILE_TIMEOUT',
      `This lesson took longer than ${limitMs / 1000} s to compile, so it was stopped; it is probably nested too deeply or too long. Simplify or split it and try again.`,
    );
  }
}

type CompilePool = {
  pool: Piscina;
  nextJob: number;
  /** Arms a job's timer when its thread reports that it has started it. */
  onStart: Map<number, () => void>;
};

// On globalThis, so dev-mode hot reloads reuse the threads (and the listener's map) instead of leaking a pool each.
const shared = globalThis as unknown as { netprepCompilePool?: CompilePool };

function compilePool(): CompilePool {
  if (shared.netprepCompilePool) return shared.netprepCompilePool;
  const threads = Math.max(2, os.availableParallelism());
  // Every thread starts at once (1–2 s of CPU each: tsx compiles the compiler), so a request never
  // waits for a thread to start while a slow document holds another; idle threads do not keep a CLI alive.
  const pool = new Piscina({ filename: pathToFileURL(workerFile).href, minThreads: threads, maxThreads: threads });
  const onStart = new Map<number, () => void>();
  pool.on('message', (message: { compileStarted?: number }) => onStart.get(message.compileStarted ?? -1)?.());
  return (shared.netprepCompilePool = { pool, nextJob: 0, onStart });
}

/**
 * Compiles a lesson body in a worker thread, so a slow document never blocks the requests of
 * others. A compile that runs past the time limit has its thread terminated (the pool starts
 * another) and fails with `CompileTimeoutError`.
 */
export async function compileOffThread(markdown: string, options: CompileLessonOptions = {}, { timeLimitMs = compileTimeLimitMs }: { timeLimitMs?: number } = {}): Promise<CompiledLesson> {
  const compile = compilePool();
  const { pool, onStart } = compile;
  const job = compile.nextJob++;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  onStart.set(job, () => (timer = setTimeout(() => controller.abort(), timeLimitMs)));
  try {
    return await pool.run({ job, markdown, options }, { signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) throw new CompileTimeoutError(timeLimitMs);
    throw error;
  } finally {
    onStart.delete(job);
    clearTimeout(timer);
  }
}
