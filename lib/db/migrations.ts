import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { migrationsDir, schemaPath } from './paths';
import { lockfileContent, lockfileName, readMigrationList } from './migration-files';
import { noFilters, openSchemaEngine } from './schema-engine';

async function readSchema() {
  return { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export async function applyPendingMigrations(connectionString: string): Promise<string[]> {
  const engine = await openSchemaEngine(connectionString, await readSchema());
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList: await readMigrationList(),
      filters: noFilters,
    });
    return appliedMigrationNames;
  } finally {
    engine.free();
  }
}

/**
 * SQL that would bring a database built from the migrations up to schema.prisma; empty when
 * they agree. Replays the migrations in a throwaway shadow database on `connectionString`.
 */
export async function diffMigrationsToSchema(connectionString: string): Promise<string> {
  const schema = await readSchema();
  const engine = await openSchemaEngine(connectionString, schema);
  try {
    const migrations = await readMigrationList();
    const { stdout } = await engine.diff({
      from: migrations.migrationDirectories.length ? { tag: 'migrations', ...migrations } : { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: [schema] },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return isEmptyScript(stdout ?? '') ? '' : (stdout ?? '');
  } finally {
    engine.free();
  }
}

function isEmptyScript(sql: string): boolean {
  return sql.split('\n').every((line) => line.trim() === '' || line.trim().startsWith('--'));
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns its folder, or null when nothing changed. */
export async function createMigration(connectionString: string, name: string, now = new Date()): Promise<string | null> {
  const sql = await diffMigrationsToSchema(connectionString);
  if (!sql) return null;
  const folder = `${migrationTimestamp(now)}_${name}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, 'migration.sql'), sql);
  if (!existsSync(path.join(migrationsDir, lockfileName))) {
    await writeFile(path.join(migrationsDir, lockfileName), lockfileContent);
  }
  return folder;
}

function migrationTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}
