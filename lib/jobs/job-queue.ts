import PgBoss from 'pg-boss';
import { env } from '../env';

const globalForJobs = globalThis as unknown as { netprepJobs?: Promise<PgBoss> };

/**
 * pg-boss on the app's own PostgreSQL (schema "pgboss", created on first start): background work
 * survives restarts and runs on whichever app instance picks it up, with no extra server.
 */
export function jobQueue(connectionString = env().DATABASE_URL): Promise<PgBoss> {
  globalForJobs.netprepJobs ??= (async () => {
    const boss = new PgBoss({ connectionString, max: 2 });
    boss.on('error', (error) => console.error(`netprep: background jobs: ${error.message}`));
    await boss.start();
    return boss;
  })();
  return globalForJobs.netprepJobs;
}
