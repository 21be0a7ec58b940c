import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../lib/db/embedded-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Starts the app exactly as a user would (`npm start`: build if stale, embedded database,
 * migrations, content sync, next start), but on a free port with a throwaway data directory.
 */
export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-e2e-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const app: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
    env: { ...process.env, PORT: String(port), NETPREP_DATA_DIR: dataDir, DATABASE_URL: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk) => output.push(String(chunk)));
  app.stderr?.on('data', (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => app.once('exit', resolve));

  await waitForHealthy(baseUrl, exited, output);
  project.provide('baseUrl', baseUrl);

  return async () => {
    app.kill('SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
}

async function waitForHealthy(baseUrl: string, exited: Promise<number | null>, output: string[]) {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 540_000;
  while (Date.now() < deadline) {
    if (done) throw new Error(`npm start exited before serving:\n${output.join('')}`);
    const healthy = await fetch(`${baseUrl}/api/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`npm start did not become healthy in time:\n${output.join('')}`);
}
