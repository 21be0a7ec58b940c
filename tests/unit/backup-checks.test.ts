import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stampedBackupFile } from '../../lib/db/backup';
import { assertClientServes, type LocatedTool } from '../../lib/db/pg-client-tools';

const client = (version: string): LocatedTool => ({
  tool: 'pg_dump',
  command: 'pg_dump',
  where: 'pg_dump on PATH',
  major: Number.parseInt(version, 10),
  version,
});

describe('backup checks', () => {
  it('lets a client as new as the server, or newer, through', () => {
    expect(() => assertClientServes(client('18.1'), 18)).not.toThrow();
    expect(() => assertClientServes(client('18.1'), 15)).not.toThrow();
  });

  it('refuses an older client, naming the client to install and where it lands', () => {
    expect(() => assertClientServes(client('15.18'), 18)).toThrow(
      expect.objectContaining({
        code: 'PG_CLIENT_TOO_OLD',
        message:
          'pg_dump on PATH is PostgreSQL 15.18, older than the server (PostgreSQL 18), so it cannot be used with it. Install the PostgreSQL 18 client (Debian/Ubuntu: postgresql-client-18 from the PGDG repository, apt.postgresql.org) and set NETPREP_PG_BIN=/usr/lib/postgresql/18/bin if it is not the one on PATH.',
      }),
    );
  });

  it('names a backup by its UTC time, so nightly runs never overwrite each other', () => {
    const now = new Date('2026-12-02T03:15:07.250Z');
    expect(stampedBackupFile(now, '/var/backups/netprep')).toBe(path.join('/var/backups/netprep', 'netprep-2026-12-02T03-15-07Z.dump'));
    expect(stampedBackupFile(new Date(now.getTime() + 1000), '/b')).not.toBe(stampedBackupFile(now, '/b'));
  });
});
