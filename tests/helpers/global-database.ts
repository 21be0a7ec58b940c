import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { applyPendingMigrations } from '../../lib/db/migrations';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL (any database name) on which test files create their own databases. */
    serverUrl: string;
    /** A database with every migration applied, to be copied with CREATE DATABASE … TEMPLATE. */
    templateDatabase: string;
  }
}

/**
 * One throwaway PostgreSQL for the whole run: embedded in a temp directory unless
 * TEST_DATABASE_URL names a server. Each test file clones the migrated template database.
 */
export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  const dir = external ? null : await mkdtemp(path.join(os.tmpdir(), 'netprep-test-'));
  const server = dir ? await startEmbeddedDatabase(dir) : null;
  const serverUrl = external ?? server!.url;
  const templateDatabase = `netprep_template_${process.pid}`;

  await admin(serverUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
    await client.query(`CREATE DATABASE ${templateDatabase}`);
  });
  await applyPendingMigrations(withDatabase(serverUrl, templateDatabase));

  project.provide('serverUrl', serverUrl);
  project.provide('templateDatabase', templateDatabase);

  return async () => {
    await admin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${templateDatabase} WITH (FORCE)`));
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
