import { AppError } from '../errors';
import { applyPendingMigrations } from './migrations';

/** Applies pending migrations, turning an engine failure into one actionable message. */
export async function migrateDatabase(url: string): Promise<string[]> {
  try {
    return await applyPendingMigrations(url);
  } catch (error) {
    const reason = ((error as Error).message ?? String(error)).split('\n')[0];
    throw new AppError(
      'MIGRATION_FAILED',
      `A migration failed and was rolled back where PostgreSQL allows it: ${reason}. Fix the migration in prisma/migrations, then run \`npm run db:migrate\` again.`,
    );
  }
}
