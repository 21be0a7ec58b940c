import { isAppError } from '../errors';

/**
 * Runs a command's main function and turns failures into one clear line on stderr and a
 * non-zero exit; the stack trace is shown only with NETPREP_DEBUG=1.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => exitWhenFlushed(code ?? 0),
    (error: unknown) => {
      if (isAppError(error)) console.error(`netprep: ${error.message}`);
      else console.error(`netprep: unexpected error: ${(error as Error)?.message ?? String(error)} (run with NETPREP_DEBUG=1 for details)`);
      // Not env(): a broken environment is one of the failures reported here.
      if (process.env.NETPREP_DEBUG) console.error(error);
      return exitWhenFlushed(1);
    },
  );
}

/**
 * process.exit() drops whatever a pipe has not taken yet: `questions:export | less` got the first
 * 64 KB of the course. An empty write's callback runs once everything written before it is
 * flushed, so exiting after it loses nothing, while open handles (a database pool) still can't
 * keep the command alive.
 */
async function exitWhenFlushed(code: number): Promise<never> {
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
  process.exit(code);
}
