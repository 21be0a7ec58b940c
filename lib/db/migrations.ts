import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsDir, schemaPath } from './paths';
import { lockfileContent, lockfileName, readMigrationList } from './migration-files';
import { noFilters, withSchemaEngine } from './schema-engine';

/** Where the schema and migrations live; tests point these at temporary copies. */
export type MigrationPaths = { schema: string; migrations: string };
const defaultPaths: MigrationPaths = { schema: schemaPath, migrations: migrationsDir };

async function readSchema(paths: MigrationPaths) {
  return { path: paths.schema, content: await readFile(paths.schema, 'utf8') };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyPendingMigrations(connectionString: string, paths = defaultPaths): Promise<string[]> {
  const migrationsList = await readMigrationList(paths.migrations);
  return withSchemaEngine(connectionString, await readSchema(paths), async (engine) => {
    const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters: noFilters });
    return appliedMigrationNames;
  });
}

/**
 * SQL that would bring a database built from the migrations up to schema.prisma; empty when
 * they agree. Replays the migrations in a throwaway shadow database on `connectionString`.
 */
export async function diffMigrationsToSchema(connectionString: string, paths = defaultPaths): Promise<string> {
  const schema = await readSchema(paths);
  const migrations = await readMigrationList(paths.migrations);
  const { stdout } = await withSchemaEngine(connectionString, schema, (engine) =>
    engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    }),
  );
  return isEmptyScript(stdout ?? '') ? '' : (stdout ?? '');
}

function isEmptyScript(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its folder, or null when nothing changed. */
export async function createMigration(connectionString: string, name: string, paths = defaultPaths, now = new Date()): Promise<string | null> {
  const sql = await diffMigrationsToSchema(connectionString, paths);
  if (!sql) return null;
  const folder = `${migrationTimestamp(now)}_${name}`;
  await mkdir(path.join(paths.migrations, folder), { recursive: true });
  await writeFile(path.join(paths.migrations, folder, 'migration.sql'), sql);
  if (!existsSync(path.join(paths.migrations, lockfileName))) {
    await writeFile(path.join(paths.migrations, lockfileName), lockfileContent);
  }
  return folder;
}

function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
