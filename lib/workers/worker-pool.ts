import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import { projectRoot } from '../db/paths';

// Found from the working directory, like the migrations: Next's server bundle does not contain
// these files, and a worker must be started from a real path in every runtime.
const entryFile = path.join(/*turbopackIgnore: true*/ projectRoot, 'lib', 'workers', 'worker-entry.mjs');

type PoolState = {
  pool: Piscina;
  nextJob: number;
  /** Arms a job's timer when its thread reports that it has started it. */
  onStart: Map<number, () => void>;
};

type PoolOptions<Args extends unknown[]> = {
  /** Names the pool on globalThis, so dev-mode hot reloads reuse its threads instead of leaking a pool each. */
  name: string;
  /** The module the threads load, as path segments from the project root, and the function they call. */
  module: string[];
  export: string;
  /** Threads started at once (a request never waits for one to start) and the most there may be. */
  minThreads: number;
  maxThreads: number;
  /** The error a job past its time limit fails with; its thread is terminated and the pool starts another. */
  timeout: (limitMs: number, ...args: Args) => Error;
};

const shared = globalThis as unknown as { netprepWorkerPools?: Map<string, PoolState> };

/**
 * A pool of worker threads that run one exported function of one module, so CPU-heavy work
 * (compiling Markdown, parsing uploads) never blocks the requests of others. Each job has a time
 * limit that starts when a thread picks it up, not while it waits in the queue.
 */
export function workerPool<Args extends unknown[], Result>(options: PoolOptions<Args>) {
  const state = (): PoolState => {
    const pools = (shared.netprepWorkerPools ??= new Map());
    const existing = pools.get(options.name);
    if (existing) return existing;
    const pool = new Piscina({
      filename: pathToFileURL(entryFile).href,
      workerData: { module: pathToFileURL(path.join(/*turbopackIgnore: true*/ projectRoot, ...options.module)).href, export: options.export },
      minThreads: options.minThreads,
      maxThreads: options.maxThreads,
    });
    const onStart = new Map<number, () => void>();
    pool.on('message', (message: { jobStarted?: number }) => onStart.get(message.jobStarted ?? -1)?.());
    const created = { pool, nextJob: 0, onStart };
    pools.set(options.name, created);
    return created;
  };

  return async function runOffThread(timeLimitMs: number, ...args: Args): Promise<Result> {
    const current = state();
    const job = current.nextJob++;
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    current.onStart.set(job, () => (timer = setTimeout(() => controller.abort(), timeLimitMs)));
    try {
      return (await current.pool.run({ job, args }, { signal: controller.signal })) as Result;
    } catch (error) {
      if (controller.signal.aborted) throw options.timeout(timeLimitMs, ...args);
      throw error;
    } finally {
      current.onStart.delete(job);
      clearTimeout(timer);
    }
  };
}
