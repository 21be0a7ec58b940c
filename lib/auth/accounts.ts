import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { Role, Viewer } from './roles';
import { hashPassword, passwordProblem, verifyPassword } from './password';

const viewerFields = { id: true, email: true, name: true, role: true } as const;

export type NewAccount = { email: string; password: string; name?: string | null; role?: Role };

/** Creates an account; the email must already be normalized (see emailSchema). */
export async function createAccount(db: Db, account: NewAccount): Promise<Viewer> {
  const problem = passwordProblem(account.password);
  if (problem) throw new AppError('INVALID_INPUT', problem, { password: [problem] });
  const passwordHash = await hashPassword(account.password);
  try {
    return await db.user.create({
      data: { email: account.email, name: account.name || null, role: account.role ?? 'LEARNER', passwordHash },
      select: viewerFields,
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002') throw new AppError('CONFLICT', 'An account with this email already exists.');
    throw error;
  }
}

/** Changes a password after checking the current one; other sessions of this user stop working. */
export async function changePassword(db: Db, options: { userId: string; current: string; next: string }): Promise<void> {
  const user = await db.user.findUnique({ where: { id: options.userId }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, options.current))) {
    throw new AppError('INVALID_INPUT', 'The current password is not right.', { current: ['The current password is not right.'] });
  }
  const problem = passwordProblem(options.next);
  if (problem) throw new AppError('INVALID_INPUT', problem, { next: [problem] });
  await db.user.update({
    where: { id: options.userId },
    data: { passwordHash: await hashPassword(options.next), sessionVersion: { increment: 1 } },
  });
}

/** Sets an account's password without the old one: for the shell (user:create) and admins only. */
export async function resetPassword(db: Db, options: { userId: string; password: string }): Promise<void> {
  const problem = passwordProblem(options.password);
  if (problem) throw new AppError('INVALID_INPUT', problem);
  await db.user.update({
    where: { id: options.userId },
    data: { passwordHash: await hashPassword(options.password), sessionVersion: { increment: 1 } },
  });
}

export async function setRole(db: Db, options: { userId: string; role: Role; actingAdminId: string }): Promise<Viewer> {
  if (options.userId === options.actingAdminId && options.role !== 'ADMIN') {
    // Otherwise the last admin could lock everyone out of the admin page.
    throw new AppError('CONFLICT', 'You cannot remove your own admin role. Ask another admin.');
  }
  const user = await db.user.update({ where: { id: options.userId }, data: { role: options.role }, select: viewerFields }).catch(notFound);
  return user;
}

/** Deletes the account; memberships, progress and cohorts taught go with it (ON DELETE CASCADE). */
export async function deleteAccount(db: Db, userId: string): Promise<void> {
  await db.user.delete({ where: { id: userId } }).catch(notFound);
}

export async function listAccounts(db: Db, options: { search?: string; take?: number } = {}) {
  return db.user.findMany({
    where: options.search ? { email: { contains: options.search.toLowerCase() } } : undefined,
    select: { ...viewerFields, createdAt: true, lastActiveAt: true },
    orderBy: { createdAt: 'asc' },
    take: options.take ?? 200,
  });
}

function notFound(error: unknown): never {
  if ((error as { code?: string }).code === 'P2025') throw new AppError('NOT_FOUND', 'No such account.');
  throw error;
}
