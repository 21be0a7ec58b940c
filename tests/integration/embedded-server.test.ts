import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';

async function canQuery(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

describe('embedded PostgreSQL', () => {
  it('starts, is reused by a second caller instead of a second server, and stops cleanly', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-embedded-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));

    const first = await startEmbeddedDatabase(dir);
    expect(first.owned).toBe(true);
    expect(await canQuery(first.url)).toBe(true);
    const pidFile = path.join(dir, 'postgres', 'postmaster.pid');
    const serverPid = (await readFile(pidFile, 'utf8')).split('\n')[0];

    const second = await startEmbeddedDatabase(dir);
    expect(second.owned).toBe(false);
    expect(second.port).toBe(first.port);
    expect((await readFile(pidFile, 'utf8')).split('\n')[0]).toBe(serverPid);
    await second.stop();
    expect(await canQuery(first.url)).toBe(true);

    await first.stop();
    expect(existsSync(pidFile)).toBe(false);
    expect(await canQuery(first.url)).toBe(false);

    const again = await startEmbeddedDatabase(dir);
    expect(again.owned).toBe(true);
    expect(await canQuery(again.url)).toBe(true);
    await again.stop();
  });

  it('keeps the generated credentials private and stable across restarts', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-embedded-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    const first = await startEmbeddedDatabase(dir);
    await first.stop();
    const second = await startEmbeddedDatabase(dir);
    await second.stop();
    expect(second.url.replace(/:\d+\//, ':PORT/')).toBe(first.url.replace(/:\d+\//, ':PORT/'));
    expect(statSync(path.join(dir, 'postgres-credentials.json')).mode & 0o077).toBe(0);
  });

  it('says clearly when the data directory cannot be written', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'netprep-embedded-')), 'a-file');
    await writeFile(file, '');
    await expect(startEmbeddedDatabase(path.join(file, 'data'))).rejects.toMatchObject({
      code: 'DATA_DIR_NOT_WRITABLE',
      message: expect.stringContaining('NETPREP_DATA_DIR'),
    });
  });
});
