import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/database';
import { restoreDatabase } from '../db/restore';
import { AppError } from '../errors';
import { runCli } from './run-cli';

const usage = `Usage: npm run db:restore -- FILE [--force]
  Restores a backup written by npm run db:backup into the database (DATABASE_URL, or the embedded one).
  The database must be empty; --force drops everything in it first. Stop the app before restoring.`;

runCli(async () => {
  const { values, positionals } = (() => {
    try {
      return parseArgs({ options: { force: { type: 'boolean' } }, allowPositionals: true });
    } catch (error) {
      throw new AppError('USAGE', `${(error as Error).message}\n${usage}`);
    }
  })();
  if (positionals.length !== 1) throw new AppError('USAGE', `Give exactly one backup FILE.\n${usage}`);
  const file = path.resolve(positionals[0]);

  const database = await openDatabase(console.log);
  try {
    console.log(`Restoring ${file} …`);
    const restored = await restoreDatabase(database.url, file, { force: values.force ?? false });
    console.log(`Restored ${restored.tables} tables${restored.wiped ? ' (the database was emptied first)' : ''}.`);
    const { migrations } = restored;
    if (migrations.current) console.log('Its migrations are current for this version of Netprep.');
    else if (migrations.failed.length) console.log(`It records failed migration(s) ${migrations.failed.join(', ')}: repair them before starting the app.`);
    else console.log(`It predates ${migrations.pending.length} migration(s) of this version: npm run db:migrate (or npm start) applies them.`);
  } finally {
    await database.stop();
  }
});
