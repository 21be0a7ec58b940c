type Task = () => Promise<unknown> | unknown;

const tasks: Task[] = [];
let running: Promise<void> | null = null;

/** Registers undo work (stop a server, remove a temp dir); run last-in first-out, once. */
export function onCleanup(task: Task) {
  tasks.push(task);
}

export function runCleanup(): Promise<void> {
  running ??= (async () => {
    for (const task of tasks.reverse()) {
      await Promise.resolve()
        .then(task)
        .catch((error: unknown) => console.error(`cleanup: ${(error as Error)?.message ?? error}`));
    }
  })();
  return running;
}

/**
 * Runs a benchmark with a hard time limit. Ctrl+C, SIGTERM or the limit still stop every child
 * and remove every temp dir, so a stuck run leaves no PostgreSQL or app server behind.
 */
export async function runBench(name: string, limitMs: number, bench: () => Promise<void>) {
  const abort = (reason: string, code: number) => {
    console.error(`${name}: ${reason}; cleaning up`);
    void runCleanup().finally(() => process.exit(code));
  };
  const timer = setTimeout(() => abort(`exceeded its ${Math.round(limitMs / 1000)} s limit`, 2), limitMs);
  process.once('SIGINT', () => abort('interrupted', 130));
  process.once('SIGTERM', () => abort('terminated', 143));
  let code = 0;
  try {
    await bench();
  } catch (error) {
    console.error(`${name} failed: ${(error as Error)?.stack ?? error}`);
    code = 1;
  } finally {
    clearTimeout(timer);
    await runCleanup();
  }
  process.exit(code);
}
