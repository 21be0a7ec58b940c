// The compiler's entry in a worker thread. Plain JavaScript because it is loaded by file path
// from places that have no TypeScript loader of their own: `next start` (whose bundle does not
// contain this file) and vitest; tsx compiles the lesson compiler for it, once per thread.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { compileLesson } = await import('./compile-lesson.ts');

export default function compile({ job, markdown, options }) {
  // The pool's time limit starts now: not while the job waited for a thread, nor while the thread started.
  parentPort.postMessage({ compileStarted: job });
  return compileLesson(markdown, options);
}
