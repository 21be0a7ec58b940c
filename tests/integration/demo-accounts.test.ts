import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemoAccounts } from '../../lib/auth/demo-accounts';
import { signInWithPassword } from '../../lib/auth/sign-in';
import { createThrottles } from '../../lib/auth/throttle';
import { syncContent } from '../../lib/content/sync';
import { copyOfContent } from '../helpers/content-tree';
import { createTestDatabase } from '../helpers/test-database';

describe('demo accounts for the embedded database', async () => {
  const { db, url } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'netprep-demo-'));
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  afterAll(async () => {
    await pool.end();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates a learner and an instructor with random passwords kept privately, and a cohort joining them', async () => {
    const accounts = await seedDemoAccounts(db, dataDir);
    expect(accounts.map((a) => a.role)).toEqual(['LEARNER', 'INSTRUCTOR']);
    expect(accounts.every((a) => a.password.length >= 10)).toBe(true);
    expect((await stat(path.join(dataDir, 'demo-accounts.json'))).mode & 0o777).toBe(0o600);
    for (const account of accounts) {
      await expect(signInWithPassword(db, createThrottles(pool), { email: account.email, password: account.password, ip: '10.7.7.7' })).resolves.toMatchObject({
        role: account.role,
      });
    }
    const cohort = await db.cohort.findFirstOrThrow({ where: { instructor: { email: accounts[1].email } }, include: { members: { include: { user: true } } } });
    expect(cohort.members.map((m) => m.user.email)).toEqual([accounts[0].email]);
  });

  it('is idempotent: a second start reuses the same accounts and passwords', async () => {
    const first = await seedDemoAccounts(db, dataDir);
    const second = await seedDemoAccounts(db, dataDir);
    expect(second).toEqual(first);
    expect(await db.user.count()).toBe(2);
    expect(await db.cohort.count()).toBe(1);
  });
});
