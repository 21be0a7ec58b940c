import type { Db } from '../db/client';
import { AppError } from '../errors';
import { emailSchema } from './email';
import { decoyPasswordHash, maxPasswordLength, verifyPassword } from './password';
import type { Throttles } from './throttle';

export type SessionUser = { id: string; email: string; name: string | null; role: 'LEARNER' | 'INSTRUCTOR' | 'ADMIN'; sessionVersion: number };

// One message for every failure, so it never tells whether the email is registered.
export const wrongCredentials = 'Wrong email or password.';

/** Checks an email and password, counting attempts per email+address in PostgreSQL (a success is refunded). */
export async function signInWithPassword(db: Db, throttles: Throttles, attempt: { email: unknown; password: unknown; ip: string }): Promise<SessionUser> {
  const email = emailSchema.safeParse(attempt.email);
  const password = typeof attempt.password === 'string' ? attempt.password : '';
  if (!email.success || !password || password.length > maxPasswordLength) throw new AppError('UNAUTHENTICATED', wrongCredentials);

  const counted = await throttles.consumeSignIn(email.data, attempt.ip);
  const user = await db.user.findUnique({
    where: { email: email.data },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, passwordHash: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !matches) {
    await counted.failed();
    throw new AppError('UNAUTHENTICATED', wrongCredentials);
  }
  await counted.succeeded();
  await db.user.update({ where: { id: user.id }, data: { lastActiveAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
}
