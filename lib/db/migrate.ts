import pg from 'pg';
import { AppError } from '../errors';
import { readMigrationList } from './migration-files';
import { migrationStatus } from './migration-status';
import { applyPendingMigrations, type MigrationPaths } from './migrations';

/**
 * Applies pending migrations, or none of them. Prisma runs a migration's statements without a
 * transaction, so a failure halfway would leave half a migration behind and a failed row that
 * blocks later runs. Rehearsing the pending SQL in a transaction that is always rolled back
 * finds the failure first, while nothing has changed yet.
 */
export async function migrateDatabase(url: string, paths?: MigrationPaths): Promise<string[]> {
  await rehearsePendingMigrations(url, paths?.migrations);
  try {
    return await applyPendingMigrations(url, paths);
  } catch (error) {
    throw migrationFailed(engineFailureReason(error));
  }
}

async function rehearsePendingMigrations(url: string, migrationsDir?: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const query = async (sql: string) => (await client.query(sql)).rows;
    const status = await migrationStatus(query, migrationsDir);
    if (status.current) return;
    if (status.failed.length) {
      throw new AppError(
        'MIGRATION_FAILED',
        `The database records failed migration(s) ${status.failed.join(', ')}. Repair the database, then mark it resolved with prisma migrate resolve.`,
      );
    }
    const { migrationDirectories } = await readMigrationList(migrationsDir);
    await client.query('BEGIN');
    try {
      for (const migration of migrationDirectories.filter((m) => status.pending.includes(m.path))) {
        const file = migration.migrationFile.content;
        if (file.tag === 'error') throw migrationFailed(`${migration.path}: ${file.value}`);
        await client.query(file.value).catch((error: Error) => {
          throw migrationFailed(`${migration.path}: ${error.message}`);
        });
      }
    } finally {
      await client.query('ROLLBACK');
    }
  } finally {
    await client.end();
  }
}

function migrationFailed(reason: string) {
  return new AppError(
    'MIGRATION_FAILED',
    `A migration failed, and nothing was applied: ${reason}. Fix the migration in prisma/migrations, then run \`npm run db:migrate\` again.`,
  );
}

/** The engine's message spans many lines; keep the migration's name and PostgreSQL's own error. */
function engineFailureReason(error: unknown): string {
  const lines = String((error as Error)?.message ?? error)
    .split('\n')
    .map((l) => l.trim());
  const migration = lines[0].match(/Migration `([^`]+)`/)?.[1];
  const databaseError = lines.find((l) => /ERROR:/.test(l))?.replace(/^.*?ERROR:\s*/, '');
  if (migration && databaseError) return `${migration}: ${databaseError}`;
  return databaseError ?? lines[0];
}
