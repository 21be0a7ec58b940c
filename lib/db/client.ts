import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/client';
import { AppError } from '../errors';
import { env } from '../env';

// Password hashes and the LTI private keys stay out of every result unless lib/auth or lib/lti opts in (`omit: { passwordHash: false }`).
const omitSecrets = { user: { passwordHash: true }, ltiToolKey: { privateJwk: true } } as const;

function newClient(connectionString: string, poolSize: number) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: poolSize, connectionTimeoutMillis: 5000 }),
    omit: omitSecrets,
  });
}

export type Db = ReturnType<typeof newClient>;

export function createDb(connectionString: string, poolSize = 10): Db {
  return newClient(connectionString, poolSize);
}

const globalForDb = globalThis as unknown as { netprepDb?: Db };

/**
 * The app's shared client, built from DATABASE_URL (set by `npm start` for the embedded server).
 * Cached on globalThis so that dev-mode hot reloads don't open a new pool each time.
 */
export function db(): Db {
  if (globalForDb.netprepDb) return globalForDb.netprepDb;
  const url = env().DATABASE_URL;
  if (!url) throw new AppError('DB_NOT_CONFIGURED', 'DATABASE_URL is not set: start the app with `npm start`, which provides it.');
  const client = createDb(url);
  globalForDb.netprepDb = client;
  return client;
}
