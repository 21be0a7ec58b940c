import path from 'node:path';
import { env } from '../env';

// Paths are resolved from the working directory at run time (npm runs scripts from the package
// root, and `next start` runs there too); the ignore comments keep Turbopack from tracing the
// whole checkout into the server bundle because of them.
export const projectRoot = process.cwd();

export const schemaPath = path.join(/*turbopackIgnore: true*/ projectRoot, 'prisma', 'schema.prisma');
export const migrationsDir = path.join(/*turbopackIgnore: true*/ projectRoot, 'prisma', 'migrations');

/** Local state (embedded database, generated secrets). Overridable so tests and benches stay isolated. */
export function dataDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().NETPREP_DATA_DIR ?? path.join(projectRoot, '.data'));
}
