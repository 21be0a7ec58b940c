import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { archiveTableCount, locateTool, runTool, toolFor } from './pg-client-tools';
import { dataDir } from './paths';

export type BackupResult = { file: string; bytes: number; tables: number; clientVersion: string };

/**
 * Dumps the database at `url` into `file` with pg_dump's custom format (compressed, restorable
 * table by table). pg_dump reads every table in one transaction snapshot, so the backup is
 * consistent while the app keeps writing. The file appears only once the dump is complete and
 * pg_restore has read it back; a failed run leaves no file behind.
 */
export async function backupDatabase(url: string, file: string): Promise<BackupResult> {
  const pgDump = await toolFor('pg_dump', url);
  const pgRestore = await locateTool('pg_restore');
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  try {
    await runTool(pgDump, ['--format=custom', `--file=${partial}`], { url, failure: 'BACKUP_FAILED' });
    const tables = await archiveTableCount(pgRestore, partial, 'BACKUP_FAILED');
    await rename(partial, file);
    return { file, bytes: (await stat(file)).size, tables, clientVersion: pgDump.version };
  } finally {
    await rm(partial, { force: true });
  }
}

/**
 * A backup file named by `now` (UTC), in `dir` or by default under the data directory, so that a
 * nightly job can name just a folder and each night gets its own file.
 */
export function stampedBackupFile(now: Date, dir = path.join(dataDir(), 'backups')): string {
  const stamp = now.toISOString().slice(0, 19).replace(/:/g, '-');
  return path.join(dir, `netprep-${stamp}Z.dump`);
}
