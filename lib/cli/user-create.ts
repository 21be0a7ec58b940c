import { parseArgs } from 'node:util';
import { createDb } from '../db/client';
import { openDatabase } from '../db/database';
import { migrateDatabase } from '../db/migrate';
import { createAccount, resetPassword } from '../auth/accounts';
import { emailSchema } from '../auth/email';
import { passwordProblem } from '../auth/password';
import type { Role } from '../auth/roles';
import { AppError } from '../errors';
import { readPassword } from './read-password';
import { runCli } from './run-cli';

const usage = 'Usage: npm run user:create -- --email EMAIL --role admin|instructor|learner [--name NAME] [--password-stdin]';

runCli(async () => {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      role: { type: 'string', default: 'learner' },
      name: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
    strict: true,
  });

  const email = emailSchema.safeParse(values.email ?? '');
  if (!email.success) throw new AppError('INVALID_INPUT', `${email.error.issues[0].message} ${usage}`);
  const role = values.role.toUpperCase() as Role;
  if (!['LEARNER', 'INSTRUCTOR', 'ADMIN'].includes(role)) throw new AppError('INVALID_INPUT', `Unknown role "${values.role}". ${usage}`);

  const password = await readPassword({ fromStdin: values['password-stdin'], prompt: `Password for ${email.data}: ` });
  const problem = passwordProblem(password);
  if (problem) throw new AppError('INVALID_INPUT', `Password refused: ${problem}`);

  const database = await openDatabase();
  const db = createDb(database.url, 1);
  try {
    await migrateDatabase(database.url);
    const existing = await db.user.findUnique({ where: { email: email.data }, select: { id: true } });
    if (existing) {
      // Re-running the command is how an operator resets a password or promotes someone.
      await resetPassword(db, { userId: existing.id, password });
      await db.user.update({ where: { id: existing.id }, data: { role, ...(values.name ? { name: values.name } : {}) } });
      console.log(`Updated ${email.data}: role ${role.toLowerCase()}, new password set (their other sessions are signed out).`);
    } else {
      await createAccount(db, { email: email.data, password, role, name: values.name });
      console.log(`Created ${role.toLowerCase()} ${email.data}.`);
    }
  } finally {
    await db.$disconnect();
    await database.stop();
  }
});
