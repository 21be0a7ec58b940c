import path from 'node:path';
import { createDb } from '../db/client';
import { openDatabase, type DatabaseHandle } from '../db/database';
import { migrateDatabase } from '../db/migrate';
import { projectRoot } from '../db/paths';
import { formatProblem } from '../content/problems';
import { syncContent } from '../content/sync';
import { describeSync } from './describe-sync';

/** Applies pending migrations, then loads content/ into the database. */
export async function migrateAndSync(url: string, log: (line: string) => void): Promise<void> {
  const applied = await migrateDatabase(url);
  if (applied.length) log(`Applied ${applied.length} migration(s): ${applied.join(', ')}.`);
  const db = createDb(url, 2);
  try {
    const report = await syncContent(db, path.join(projectRoot, 'content'));
    report.warnings.forEach((w) => log(formatProblem(w)));
    log(describeSync(report));
  } finally {
    await db.$disconnect();
  }
}

/** Database up, migrations applied, content synced: what `npm start` and `npm run dev` need first. */
export async function prepareDatabase(log: (line: string) => void): Promise<DatabaseHandle> {
  const database = await openDatabase(log);
  try {
    await migrateAndSync(database.url, log);
    return database;
  } catch (error) {
    await database.stop();
    throw error;
  }
}
