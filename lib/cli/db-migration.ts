import { z } from 'zod';
import { AppError } from '../errors';
import { openDatabase } from '../db/database';
import { createMigration } from '../db/migrations';
import { runCli } from './run-cli';

const nameSchema = z
  .string({ error: 'give the migration a name: npm run db:migration -- add_lessons' })
  .regex(/^[a-z0-9_]+$/, 'a migration name uses lowercase letters, digits and underscores, e.g. add_lessons');

runCli(async () => {
  const parsed = nameSchema.safeParse(process.argv[2]);
  if (!parsed.success) throw new AppError('USAGE', parsed.error.issues[0].message);
  const database = await openDatabase(console.log);
  try {
    const folder = await createMigration(database.url, parsed.data);
    console.log(
      folder
        ? `Wrote prisma/migrations/${folder}/migration.sql. Review it, then run npm run db:migrate.`
        : 'schema.prisma and the migrations already agree: nothing to write.',
    );
  } finally {
    await database.stop();
  }
});
