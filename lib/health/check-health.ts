import type { Db } from '../db/client';
import { migrationStatus } from '../db/migration-status';

export type Health =
  | { ok: true; body: { db: 'ok'; migrations: 'current' } }
  | { ok: false; body: { db: 'ok' | 'unreachable'; migrations?: 'pending' | 'failed' | 'unknown'; reason: string } };

export async function checkHealth(db: Db): Promise<Health> {
  const query = (sql: string) => db.$queryRawUnsafe<unknown[]>(sql);
  try {
    await query('SELECT 1');
  } catch (error) {
    return { ok: false, body: { db: 'unreachable', migrations: 'unknown', reason: `database unreachable: ${firstLine(error)}` } };
  }
  const status = await migrationStatus(query);
  if (status.current) return { ok: true, body: { db: 'ok', migrations: 'current' } };
  if (status.failed.length) {
    return { ok: false, body: { db: 'ok', migrations: 'failed', reason: `failed migration(s): ${status.failed.join(', ')}` } };
  }
  return { ok: false, body: { db: 'ok', migrations: 'pending', reason: `pending migration(s): ${status.pending.join(', ')}; run npm run db:migrate` } };
}

function firstLine(error: unknown): string {
  return (
    String((error as Error)?.message ?? error)
      .split('\n')
      .filter(Boolean)
      .at(-1) ?? 'unknown error'
  );
}
