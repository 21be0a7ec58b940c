import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../lib/db/embedded-server';

export type AppInstance = {
  baseUrl: string;
  port: number;
  /** NETPREP_DATA_DIR: the embedded PostgreSQL's files when no database was given. */
  dataDir: string;
  pid: number;
  /** Everything the process printed, stdout and stderr together. */
  output: string[];
  exited: Promise<number | null>;
  isRunning: () => boolean;
  /** SIGTERM to `npm start`'s process, as a service manager or Ctrl+C in a terminal sends it. */
  terminate: () => void;
  /** SIGKILL to the whole process tree (start.ts and the Next server): a crash, an OOM kill. */
  kill: () => Promise<void>;
  stop: () => Promise<void>;
};

export type AppOptions = {
  /** The database to use; without it start.ts runs its embedded PostgreSQL in a throwaway data dir. */
  databaseUrl?: string;
  port?: number;
  env?: Record<string, string>;
};

// Fixed for a test run so that instances on one database accept each other's sessions.
export const sharedSecret = randomBytes(32).toString('base64url');

export const startLimitMs = 360_000;

/**
 * `npm start`'s entry point as a user runs it, in a process group of its own so a crash can be
 * simulated by killing all of it at once. Resolves once /api/health answers 200.
 */
export async function launchApp(options: AppOptions = {}): Promise<AppInstance> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-faults-app-'));
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const output: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/cli/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      NETPREP_DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      NEXTAUTH_SECRET: options.databaseUrl ? sharedSecret : '',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  let running = true;
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running = false;
      resolve(code);
    }),
  );
  const pid = child.pid!;
  const kill = async () => {
    if (running) process.kill(-pid, 'SIGKILL');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  };
  const stop = async () => {
    if (running) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => void kill(), 30_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  const instance: AppInstance = { baseUrl, port, dataDir, pid, output, exited, isRunning: () => running, terminate: () => child.kill('SIGTERM'), kill, stop };
  // Start-up migrates and syncs the whole course (every lesson compiled); a busy 2-core machine needed over 3 minutes.
  const deadline = Date.now() + startLimitMs;
  while (Date.now() < deadline) {
    if (!running) throw new Error(`npm start exited before serving:\n${output.join('')}`);
    if (
      await fetch(`${baseUrl}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return instance;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`npm start did not become healthy in ${startLimitMs / 1000} s:\n${output.join('')}`);
}
