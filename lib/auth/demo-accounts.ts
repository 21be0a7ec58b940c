import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client';
import { createAccount } from './accounts';

export type DemoCredentials = { role: 'LEARNER' | 'INSTRUCTOR'; email: string; password: string };

const demoEmails = { LEARNER: 'learner@netprep.local', INSTRUCTOR: 'instructor@netprep.local' } as const;
const demoCohortName = 'Demo cohort';

/**
 * A learner and an instructor (with a cohort the learner belongs to) for trying the app locally.
 * Only for the embedded database: their passwords are random per data directory and kept in
 * `<data dir>/demo-accounts.json` (mode 600), so they are never the same on two machines.
 */
export async function seedDemoAccounts(db: Db, dataDir: string): Promise<DemoCredentials[]> {
  const credentials = await demoCredentials(dataDir);
  const users: Record<string, string> = {};
  for (const demo of credentials) {
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    users[demo.role] =
      existing?.id ?? (await createAccount(db, { email: demo.email, password: demo.password, role: demo.role, name: `Demo ${demo.role.toLowerCase()}` })).id;
  }
  await seedDemoCohort(db, users.INSTRUCTOR, users.LEARNER);
  return credentials;
}

async function demoCredentials(dataDir: string): Promise<DemoCredentials[]> {
  const file = path.join(dataDir, 'demo-accounts.json');
  const stored = await readFile(file, 'utf8').then(
    (text) => JSON.parse(text) as DemoCredentials[],
    () => null,
  );
  if (stored) return stored;
  const fresh = (['LEARNER', 'INSTRUCTOR'] as const).map((role) => ({ role, email: demoEmails[role], password: randomBytes(9).toString('base64url') }));
  await writeFile(file, JSON.stringify(fresh, null, 2), { mode: 0o600 });
  return fresh;
}

async function seedDemoCohort(db: Db, instructorId: string, learnerId: string) {
  const course = await db.course.findFirst({ orderBy: { order: 'asc' }, select: { id: true } });
  if (!course) return;
  const existing = await db.cohort.findFirst({ where: { instructorId, name: demoCohortName }, select: { id: true } });
  if (existing) return;
  await db.cohort.create({
    data: { name: demoCohortName, courseId: course.id, instructorId, inviteCode: 'DEMO2026', members: { create: { userId: learnerId } } },
  });
}
