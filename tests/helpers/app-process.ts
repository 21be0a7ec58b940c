import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../lib/db/embedded-server';

export type RunningApp = { baseUrl: string; dataDir: string; output: string[]; stop: () => Promise<void> };

const startLimitMs = 540_000;
const stopLimitMs = 30_000;

/**
 * Starts the app exactly as a user would (`npm start`'s entry point: build if stale,
 * embedded database in a throwaway data dir, migrations, content sync, next start) on a free port.
 */
export async function startApp(): Promise<RunningApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-app-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const app: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
    env: { ...process.env, PORT: String(port), NETPREP_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk) => output.push(String(chunk)));
  app.stderr?.on('data', (chunk) => output.push(String(chunk)));
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    app.once('exit', (code) => {
      exitCode = code;
      resolve();
    }),
  );

  // start.ts stops its embedded PostgreSQL on SIGTERM; SIGKILL only if it hangs, so nothing is left running.
  const stop = async () => {
    if (exitCode === undefined) {
      app.kill('SIGTERM');
      const timer = setTimeout(() => app.kill('SIGKILL'), stopLimitMs);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + startLimitMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      await stop();
      throw new Error(`npm start exited (${exitCode}) before serving:\n${output.join('')}`);
    }
    const healthy = await fetch(`${baseUrl}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (healthy) return { baseUrl, dataDir, output, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`npm start did not become healthy in ${startLimitMs / 1000} s:\n${output.join('')}`);
}
