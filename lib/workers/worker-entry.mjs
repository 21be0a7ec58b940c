// The entry of every worker thread. Plain JavaScript because it is loaded by file path from places
// that have no TypeScript loader of their own: `next start` (whose bundle does not contain this
// file) and vitest. tsx compiles the pool's module for it, once per thread.
import { parentPort, workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const run = (await import(workerData.module))[workerData.export];

export default function job({ job, args }) {
  // The pool's time limit starts now: not while the job waited for a thread, nor while the thread started.
  parentPort.postMessage({ jobStarted: job });
  return run(...args);
}
