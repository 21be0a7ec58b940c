import { openDatabase } from '../db/database';
import { migrateDatabase } from '../db/migrate';
import { runCli } from './run-cli';

runCli(async () => {
  const database = await openDatabase(console.log);
  try {
    const applied = await migrateDatabase(database.url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}` : 'The database is up to date.');
  } finally {
    await database.stop();
  }
});
