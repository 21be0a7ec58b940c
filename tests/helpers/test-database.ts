import { randomBytes } from 'node:crypto';
import { afterAll, inject } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { admin, withDatabase } from './global-database';

export type TestDatabase = { url: string; db: Db };

/**
 * A fresh, fully migrated database for the calling test file, dropped when the file ends.
 * Copying the template takes milliseconds, so files never share rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = inject('serverUrl');
  const name = `netprep_test_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`));
  const url = withDatabase(serverUrl, name);
  const db = createDb(url, 4);
  afterAll(async () => {
    await db.$disconnect();
    await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  });
  return { url, db };
}

/** An empty database (no migrations), for tests of the migration machinery itself. */
export async function createEmptyDatabase(): Promise<string> {
  const serverUrl = inject('serverUrl');
  const name = `netprep_empty_${randomBytes(6).toString('hex')}`;
  await admin(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  afterAll(() => admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  return withDatabase(serverUrl, name);
}
