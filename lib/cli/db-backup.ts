import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { backupDatabase, stampedBackupFile } from '../db/backup';
import { openDatabase } from '../db/database';
import { AppError } from '../errors';
import { runCli } from './run-cli';

const usage = `Usage: npm run db:backup [-- FILE|DIR]
  Writes a pg_dump custom-format backup of the database (DATABASE_URL, or the embedded one) to FILE,
  or to DIR/netprep-<UTC time>.dump (by default in .data/backups). Safe while the app runs.`;

runCli(async () => {
  const { positionals } = (() => {
    try {
      return parseArgs({ allowPositionals: true });
    } catch (error) {
      throw new AppError('USAGE', `${(error as Error).message}\n${usage}`);
    }
  })();
  if (positionals.length > 1) throw new AppError('USAGE', `Give at most one FILE or DIR.\n${usage}`);
  const started = Date.now();
  const given = positionals.at(0);
  const file =
    given === undefined
      ? stampedBackupFile(new Date(started))
      : given.endsWith('/') || statSync(given, { throwIfNoEntry: false })?.isDirectory()
        ? stampedBackupFile(new Date(started), path.resolve(given))
        : path.resolve(given);

  const database = await openDatabase(console.log);
  try {
    console.log(`Backing up to ${file} …`);
    const backup = await backupDatabase(database.url, file);
    const size = `${(backup.bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(`Wrote ${backup.file}: ${backup.tables} tables, ${size}, pg_dump ${backup.clientVersion}, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  } finally {
    await database.stop();
  }
});
