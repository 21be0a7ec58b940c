import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDatabase } from '../../lib/db/migrate';
import { applyPendingMigrations, createMigration, diffMigrationsToSchema } from '../../lib/db/migrations';
import { migrationStatus } from '../../lib/db/migration-status';
import { migrationsDir, schemaPath } from '../../lib/db/paths';
import { createEmptyDatabase } from '../helpers/test-database';

async function tempCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-migrations-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  await cp(migrationsDir, path.join(dir, 'migrations'), { recursive: true });
  await cp(schemaPath, path.join(dir, 'schema.prisma'));
  return { schema: path.join(dir, 'schema.prisma'), migrations: path.join(dir, 'migrations') };
}

async function tables(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  await client.end();
  return rows.map((r) => r.tablename);
}

describe('migrations', () => {
  it('schema.prisma and prisma/migrations agree (like prisma migrate diff --exit-code)', async () => {
    const sql = await diffMigrationsToSchema(await createEmptyDatabase());
    expect(sql, `schema.prisma has changes with no migration; run npm run db:migration -- <name>:\n${sql}`).toBe('');
  });

  it('detects a schema change that has no migration, and writes one that closes the gap', async () => {
    const paths = await tempCopy();
    await writeFile(paths.schema, `${await readFile(paths.schema, 'utf8')}\nmodel Probe {\n  id Int @id\n}\n`);
    const url = await createEmptyDatabase();

    expect(await diffMigrationsToSchema(url, paths)).toContain('CREATE TABLE "Probe"');
    const folder = await createMigration(url, 'add_probe', paths, new Date('2030-01-02T03:04:05Z'));
    expect(folder).toBe('20300102030405_add_probe');
    expect(await readFile(path.join(paths.migrations, folder!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Probe"');
    expect(await diffMigrationsToSchema(url, paths)).toBe('');
    expect(await createMigration(url, 'nothing', paths)).toBeNull();
  });

  it('applies pending migrations once and records them in _prisma_migrations', async () => {
    const url = await createEmptyDatabase();
    const client = new pg.Pool({ connectionString: url, max: 1 });
    const query = async (sql: string) => (await client.query(sql)).rows;
    try {
      const before = await migrationStatus(query);
      expect(before.current).toBe(false);

      const applied = await applyPendingMigrations(url);
      expect(applied.length).toBeGreaterThan(0);
      expect(await applyPendingMigrations(url)).toEqual([]);
      expect(await migrationStatus(query)).toEqual({ current: true });
      const recorded = await query('SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL ORDER BY 1');
      expect(recorded.map((r) => r.migration_name)).toEqual(applied);
      expect(await tables(url)).toEqual(expect.arrayContaining(['Course', 'Domain', 'Objective']));
    } finally {
      await client.end();
    }
  });

  it('refuses a failing migration with one clear line and applies nothing, not even the earlier good ones', async () => {
    const paths = await tempCopy();
    const broken = path.join(paths.migrations, '29990101000000_broken');
    await cp(path.join(migrationsDir, 'migration_lock.toml'), path.join(paths.migrations, 'migration_lock.toml'));
    await mkdir(broken);
    await writeFile(path.join(broken, 'migration.sql'), 'CREATE TABLE "Half" (id int);\nCREATE TABLE "Broken" (id no_such_type);\n');
    const url = await createEmptyDatabase();

    const failure = migrateDatabase(url, paths);
    await expect(failure).rejects.toMatchObject({ code: 'MIGRATION_FAILED' });
    await expect(failure).rejects.toThrow(/no_such_type[\s\S]*npm run db:migrate/);
    expect(await tables(url)).toEqual([]);

    await rm(broken, { recursive: true });
    expect((await migrateDatabase(url, paths)).length).toBeGreaterThan(0);
    expect(await tables(url)).toEqual(expect.arrayContaining(['Course', '_prisma_migrations']));
  });
});
