import { openDatabase } from '../db/database';
import { migrateAndSync } from './prepare-database';
import { runCli } from './run-cli';

runCli(async () => {
  const database = await openDatabase(console.log);
  try {
    await migrateAndSync(database.url, console.log);
  } finally {
    await database.stop();
  }
});
