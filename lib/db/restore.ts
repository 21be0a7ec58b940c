import { access } from 'node:fs/promises';
import pg from 'pg';
import { AppError } from '../errors';
import { redact } from './database';
import { migrationStatus, type MigrationStatus } from './migration-status';
import { archiveTableCount, runTool, toolFor } from './pg-client-tools';

export type RestoreResult = { tables: number; wiped: boolean; migrations: MigrationStatus };

/** Relations (tables, views, sequences) and schemas the database holds besides PostgreSQL's own. */
const contentsSql = `
  SELECT
    (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%') AS relations,
    (SELECT coalesce(array_agg(nspname::text ORDER BY nspname), '{}') FROM pg_namespace
      WHERE nspname <> 'information_schema' AND nspname NOT LIKE 'pg\\_%') AS schemas`;

/**
 * Restores a custom-format backup into the database at `url`. A database that holds anything is
 * refused unless `force`, which first drops every schema in it: a restore on top of other tables
 * would fail halfway or, worse, mix two states. pg_restore then runs in one transaction, so the
 * restore itself lands whole or not at all. Returns the restored database's migration state, which
 * may be behind this version of the app when the backup is older.
 */
export async function restoreDatabase(url: string, file: string, options: { force: boolean }): Promise<RestoreResult> {
  const pgRestore = await toolFor('pg_restore', url);
  await access(file).catch(() => {
    throw new AppError('RESTORE_FAILED', `There is no backup file at ${file}.`);
  });
  const tables = await archiveTableCount(pgRestore, file, 'RESTORE_FAILED');

  const wiped = await withClient(url, async (client) => {
    const { rows } = await client.query<{ relations: number; schemas: string[] }>(contentsSql);
    const { relations, schemas } = rows[0];
    if (relations === 0 && schemas.every((s) => s === 'public')) return false;
    if (!options.force) {
      throw new AppError(
        'DB_NOT_EMPTY',
        `The database ${redact(url)} is not empty (${relations} tables, views or sequences in schemas ${schemas.join(', ')}). ` +
          `Restore into an empty database, or drop everything in it first with --force (npm run db:restore -- ${file} --force).`,
      );
    }
    await dropEverything(client, schemas);
    return true;
  });

  // Owners and grants name roles of the server the backup came from, which this one may lack.
  await runTool(pgRestore, ['--no-owner', '--no-privileges', '--single-transaction', '--exit-on-error', file], { url, failure: 'RESTORE_FAILED' }).catch(
    (error) => {
      throw wiped ? new AppError('RESTORE_FAILED', `${error.message} The database was emptied first (--force) and is still empty.`) : error;
    },
  );

  const migrations = await withClient(url, (client) => migrationStatus(async (sql) => (await client.query(sql)).rows));
  return { tables, wiped, migrations };
}

/**
 * Drops every schema and recreates an empty `public`, which pg_restore expects to exist (initdb
 * makes it, so dumps never create it).
 */
async function dropEverything(client: pg.Client, schemas: string[]) {
  await client.query('BEGIN');
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA ${client.escapeIdentifier(schema)} CASCADE`);
    await client.query('CREATE SCHEMA public');
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw new AppError('RESTORE_FAILED', `Could not empty the database before restoring: ${(error as Error).message}. Nothing was changed.`);
  }
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
