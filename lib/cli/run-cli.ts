import { isAppError } from '../errors';

/**
 * Runs a command's main function and turns failures into one clear line on stderr and a
 * non-zero exit; the stack trace is shown only with NETPREP_DEBUG=1.
 */
export function runCli(main: () => Promise<number | void>): void {
  main().then(
    (code) => process.exit(code ?? 0),
    (error: unknown) => {
      if (isAppError(error)) console.error(`netprep: ${error.message}`);
      else console.error(`netprep: unexpected error: ${(error as Error)?.message ?? String(error)} (run with NETPREP_DEBUG=1 for details)`);
      // Not env(): a broken environment is one of the failures reported here.
      if (process.env.NETPREP_DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
