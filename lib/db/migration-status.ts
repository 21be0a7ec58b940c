import { readMigrationList } from './migration-files';

export type MigrationStatus = { current: true } | { current: false; pending: string[]; failed: string[] };
type AppliedRow = { migration_name: string; finished_at: Date | null; rolled_back_at: Date | null };

/**
 * Compares the folders on disk with what `_prisma_migrations` says was applied.
 * `query` runs SQL on the app's own connection (pg or Prisma), so no second pool is opened.
 */
export async function migrationStatus(query: (sql: string) => Promise<unknown[]>, migrationsDir?: string): Promise<MigrationStatus> {
  const { migrationDirectories } = await readMigrationList(migrationsDir);
  const [{ ok: tableExists }] = (await query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS ok`)) as [{ ok: boolean }];
  const rows = tableExists ? ((await query('SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations')) as AppliedRow[]) : [];
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  const failed = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  const pending = migrationDirectories.map((m) => m.path).filter((name) => !applied.has(name));
  return pending.length === 0 && failed.length === 0 ? { current: true } : { current: false, pending, failed };
}
