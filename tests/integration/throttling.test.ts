import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { signInWithPassword, wrongCredentials } from '../../lib/auth/sign-in';
import { signUp } from '../../lib/auth/sign-up';
import { createThrottles, signInLimit, signInLimitPerEmail, signUpLimit } from '../../lib/auth/throttle';
import { createDb } from '../../lib/db/client';
import { testPassword } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

describe('throttling in PostgreSQL', async () => {
  const { db, url } = await createTestDatabase();
  // Two "app instances": separate pools and limiter objects that share nothing but the database.
  const pools = [new pg.Pool({ connectionString: url, max: 2 }), new pg.Pool({ connectionString: url, max: 2 })];
  const [instanceA, instanceB] = pools.map((pool) => createThrottles(pool));
  const otherDb = createDb(url, 2);
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await otherDb.$disconnect();
  });
  for (const email of ['target@example.com', 'burst@example.com', 'burst2@example.com', 'often@example.com'])
    await createAccount(db, { email, password: testPassword });
  const attempt = (instance: typeof instanceA, password: string, ip = '192.0.2.7', email = 'target@example.com') =>
    signInWithPassword(instance === instanceA ? db : otherDb, instance, { email, password, ip });

  it('blocks an email+address after 5 failures spread over two instances, even with the right password', async () => {
    for (let i = 0; i < signInLimit.failures; i++) {
      await expect(attempt(i % 2 ? instanceB : instanceA, `wrong guess ${i}`)).rejects.toThrow(wrongCredentials);
    }
    await expect(attempt(instanceA, testPassword)).rejects.toThrow(/Too many failed sign-ins\. Try again in 15 minutes/);
    await expect(attempt(instanceB, testPassword)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    // Another address is not blocked by this one's failures.
    await expect(attempt(instanceB, testPassword, '198.51.100.1')).resolves.toMatchObject({ email: 'target@example.com' });
  });

  it('the block lasts 15 minutes from the fifth failure', async () => {
    const row = await db.rateLimit.findUniqueOrThrow({ where: { key: 'signin:target@example.com|192.0.2.7' } });
    const remainingMs = Number(row.expire) - Date.now();
    expect(remainingMs).toBeGreaterThan(14 * 60_000);
    expect(remainingMs).toBeLessThanOrEqual(15 * 60_000);
  });

  it('four failures then a success start the count again', async () => {
    const ip = '203.0.113.9';
    for (let i = 0; i < signInLimit.failures - 1; i++) await expect(attempt(instanceA, 'nope nope nope', ip)).rejects.toThrow(wrongCredentials);
    await attempt(instanceB, testPassword, ip);
    for (let i = 0; i < signInLimit.failures - 1; i++) await expect(attempt(instanceA, 'nope nope nope', ip)).rejects.toThrow(wrongCredentials);
    await expect(attempt(instanceB, testPassword, ip)).resolves.toBeTruthy();
  });

  it('limits sign-ups per address across instances', async () => {
    for (let i = 0; i < signUpLimit.attempts; i++) {
      await signUp(i % 2 ? otherDb : db, i % 2 ? instanceB : instanceA, { email: `new${i}@example.com`, password: testPassword, ip: '192.0.2.50' });
    }
    await expect(signUp(db, instanceA, { email: 'one-more@example.com', password: testPassword, ip: '192.0.2.50' })).rejects.toThrow(/Too many sign-ups/);
    await expect(signUp(db, instanceA, { email: 'elsewhere@example.com', password: testPassword, ip: '192.0.2.51' })).resolves.toBeUndefined();
    expect(await db.user.count({ where: { email: 'one-more@example.com' } })).toBe(0);
  });

  const outcomeOf = (signIn: Promise<unknown>) =>
    signIn.then(
      () => 'signed in',
      (error: { code: string; message: string }) => (error.message === wrongCredentials ? 'wrong' : error.code),
    );

  it('a parallel burst of wrong passwords has only the limit checked, and the right one is refused after it', async () => {
    const burst = (i: number, password: string) => attempt(i % 2 ? instanceB : instanceA, password, '192.0.2.120', 'burst@example.com');
    const outcomes = await Promise.all(Array.from({ length: 60 }, (_, i) => outcomeOf(burst(i, `burst guess ${i}`))));
    expect(outcomes.filter((outcome) => outcome === 'wrong')).toHaveLength(signInLimit.failures);
    expect(outcomes.filter((outcome) => outcome === 'RATE_LIMITED')).toHaveLength(60 - signInLimit.failures);
    await expect(burst(0, testPassword)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });

  it('a right password hidden in a parallel burst only gets in if it was among the first five counted', async () => {
    const passwords = [...Array.from({ length: 59 }, (_, i) => `burst guess ${i}`), testPassword];
    const outcomes = await Promise.all(
      passwords.map((password, i) => outcomeOf(attempt(i % 2 ? instanceB : instanceA, password, '192.0.2.121', 'burst2@example.com'))),
    );
    expect(outcomes.filter((outcome) => outcome !== 'RATE_LIMITED')).toHaveLength(signInLimit.failures);
    expect(outcomes.filter((outcome) => outcome === 'wrong').length).toBeGreaterThanOrEqual(signInLimit.failures - 1);
  });

  it('a success refunds its attempt, so signing in often from many addresses never reaches the per-email limit', async () => {
    for (let i = 0; i <= signInLimitPerEmail.failures; i++) {
      await expect(attempt(i % 2 ? instanceB : instanceA, testPassword, `198.51.100.${100 + i}`, 'often@example.com')).resolves.toBeTruthy();
    }
  });

  it('concurrent failures are all counted (atomic upserts)', async () => {
    const ip = '192.0.2.99';
    await Promise.all(Array.from({ length: 5 }, (_, i) => attempt(i % 2 ? instanceB : instanceA, 'wrong again!!', ip).catch(() => null)));
    await expect(attempt(instanceA, testPassword, ip)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});
