import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { projectRoot } from '../db/paths';
import { AppError } from '../errors';
import { buildInputsHash, isBuildCurrent, markBuildCurrent } from './build-freshness';
import { assertPortFree, parsePort } from './port';
import { prepareDatabase } from './prepare-database';
import { runCli } from './run-cli';

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const dev = process.argv.includes('--dev');
const log = (line: string) => console.log(`[netprep] ${line}`);

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

runCli(async () => {
  const port = parsePort(process.env.PORT, 3000);
  await assertPortFree(port);
  if (!dev) {
    const hash = await buildInputsHash(projectRoot);
    await buildIfStale(hash, await isBuildCurrent(projectRoot, hash));
  }
  const database = await prepareDatabase(log);

  const server: ChildProcess = spawn(process.execPath, [nextBin, dev ? 'dev' : 'start', '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: childEnv({ DATABASE_URL: database.url, PORT: String(port) }),
  });
  let announced = false;
  server.stdout?.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|started server|Local:/i.test(chunk.toString())) {
      announced = true;
      log(`Netprep is running at http://localhost:${port} — press Ctrl+C to stop.`);
    }
  });

  const shutdown = async (signal: NodeJS.Signals) => {
    log(`Stopping (${signal})…`);
    server.kill('SIGTERM');
    await database.stop();
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));

  const code = await new Promise<number>((resolve) => server.once('exit', (c) => resolve(c ?? 0)));
  await database.stop();
  return code;
});
