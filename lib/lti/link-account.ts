import { createHash } from 'node:crypto';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/unique-violation';
import type { Launch } from './claims';

/**
 * The account of an LMS user, created on their first launch. Found by (issuer, sub) only: an
 * e-mail claim is never used to find or create an account, so an LMS cannot hand anyone an
 * existing Netprep account by asserting its address. The account gets a placeholder address under
 * the reserved .invalid domain and no password, so it can only be entered through its LMS.
 */
export async function linkedAccount(db: Db, issuer: string, launch: Launch): Promise<{ id: string }> {
  const existing = await findLinked(db, issuer, launch.sub);
  const user = existing ?? (await createLinked(db, issuer, launch));
  // An LMS instructor becomes an instructor here; nobody is ever demoted (or made admin) by a launch.
  if (launch.teaches) await db.user.updateMany({ where: { id: user.id, role: 'LEARNER' }, data: { role: 'INSTRUCTOR' } });
  return user;
}

async function findLinked(db: Db, issuer: string, sub: string) {
  const link = await db.ltiAccountLink.findUnique({ where: { issuer_sub: { issuer, sub } }, select: { userId: true } });
  return link ? { id: link.userId } : null;
}

async function createLinked(db: Db, issuer: string, launch: Launch): Promise<{ id: string }> {
  const key = createHash('sha256').update(`${issuer}\n${launch.sub}`).digest('hex').slice(0, 32);
  try {
    return await db.user.create({
      data: {
        email: `lti-${key}@lms.invalid`,
        name: launch.name,
        // Not an argon2 hash, so no password ever matches it.
        passwordHash: '',
        ltiLinks: { create: { issuer, sub: launch.sub } },
      },
      select: { id: true },
    });
  } catch (error) {
    // Two first launches at once: the other one created the account.
    if (!isUniqueViolation(error)) throw error;
    return (await findLinked(db, issuer, launch.sub))!;
  }
}
