import pg from 'pg';
import { AppError } from '../errors';
import { startEmbeddedDatabase } from './embedded-server';
import { dataDir } from './paths';
import { env } from '../env';

export type DatabaseHandle = {
  url: string;
  /** 'external' when DATABASE_URL names the server; 'embedded' when we run one under .data/. */
  kind: 'external' | 'embedded';
  owned: boolean;
  stop: () => Promise<void>;
};

/**
 * The database every command uses: DATABASE_URL when set, otherwise the embedded PostgreSQL
 * (started now, or reused when another command already runs it).
 */
export async function openDatabase(log: (line: string) => void = () => {}): Promise<DatabaseHandle> {
  const external = env().DATABASE_URL;
  if (external) {
    await assertReachable(external);
    return { url: external, kind: 'external', owned: false, stop: async () => {} };
  }
  const embedded = await startEmbeddedDatabase(dataDir());
  log(
    embedded.owned
      ? `Started the embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${dataDir()}).`
      : `Reusing the embedded PostgreSQL already running on 127.0.0.1:${embedded.port}.`,
  );
  return { url: embedded.url, kind: 'embedded', owned: embedded.owned, stop: embedded.stop };
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new AppError(
      'DB_UNREACHABLE',
      `Cannot reach the database at ${redact(url)}: ${(error as Error).message}. Check DATABASE_URL and that the server is running.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

export function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an invalid URL)';
  }
}
