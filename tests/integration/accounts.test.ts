import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { changePassword, createAccount, deleteAccount, setRole } from '../../lib/auth/accounts';
import { passwordProblem } from '../../lib/auth/password';
import { signInWithPassword, wrongCredentials } from '../../lib/auth/sign-in';
import { signUp } from '../../lib/auth/sign-up';
import { createThrottles } from '../../lib/auth/throttle';
import { loadViewer } from '../../lib/auth/sessions';
import { createTestDatabase } from '../helpers/test-database';
import { testPassword } from '../helpers/people';

describe('passwords', () => {
  it('refuses short and very common passwords, whatever their case', () => {
    expect(passwordProblem('short')).toMatch(/at least 10/);
    expect(passwordProblem('Password123')).toMatch(/most common/);
    expect(passwordProblem('QWERTYUIOP')).toMatch(/most common/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most 200/);
    expect(passwordProblem('tulip-router-breakfast')).toBeNull();
  });
});

describe('accounts', async () => {
  const { db, url } = await createTestDatabase();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  afterAll(() => pool.end());
  const throttles = createThrottles(pool);

  it('stores an argon2id hash that never appears in ordinary queries', async () => {
    const user = await createAccount(db, { email: 'ada@example.com', password: testPassword });
    expect(user.role).toBe('LEARNER');
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).not.toHaveProperty('passwordHash');
    const secret = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(secret.passwordHash).toMatch(/^\$argon2id\$/);
    await expect(createAccount(db, { email: 'ada@example.com', password: testPassword })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('signs in case-insensitively and gives one message for a wrong password and an unknown email', async () => {
    await createAccount(db, { email: 'grace@example.com', password: testPassword, role: 'INSTRUCTOR' });
    const user = await signInWithPassword(db, throttles, { email: '  Grace@Example.COM ', password: testPassword, ip: '10.0.0.1' });
    expect(user).toMatchObject({ email: 'grace@example.com', role: 'INSTRUCTOR', sessionVersion: 0 });
    expect(user).not.toHaveProperty('passwordHash');
    await expect(signInWithPassword(db, throttles, { email: 'grace@example.com', password: 'wrong password!', ip: '10.0.0.1' })).rejects.toThrow(
      wrongCredentials,
    );
    await expect(signInWithPassword(db, throttles, { email: 'nobody@example.com', password: testPassword, ip: '10.0.0.1' })).rejects.toThrow(wrongCredentials);
    await expect(signInWithPassword(db, throttles, { email: 'not an email', password: testPassword, ip: '10.0.0.1' })).rejects.toThrow(wrongCredentials);
    await expect(signInWithPassword(db, throttles, { email: 'grace@example.com', password: undefined, ip: '10.0.0.1' })).rejects.toThrow(wrongCredentials);
  });

  it('sign-up answers the same for a registered email and does not touch that account', async () => {
    await signUp(db, throttles, { email: 'linus@example.com', password: testPassword, ip: '10.0.0.2' });
    await expect(signUp(db, throttles, { email: 'linus@example.com', password: 'another long passphrase', ip: '10.0.0.2' })).resolves.toBeUndefined();
    await expect(signInWithPassword(db, throttles, { email: 'linus@example.com', password: testPassword, ip: '10.0.0.2' })).resolves.toMatchObject({
      email: 'linus@example.com',
    });
  });

  it('a password change needs the current password and ends sessions issued before it', async () => {
    const user = await createAccount(db, { email: 'barbara@example.com', password: testPassword });
    expect(await loadViewer(db, user.id, 0)).toMatchObject({ id: user.id });
    await expect(changePassword(db, { userId: user.id, current: 'not the password', next: 'a brand new passphrase' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expect(changePassword(db, { userId: user.id, current: testPassword, next: 'password123' })).rejects.toThrow(/most common/);
    await changePassword(db, { userId: user.id, current: testPassword, next: 'a brand new passphrase' });
    expect(await loadViewer(db, user.id, 0)).toBeNull();
    expect(await loadViewer(db, user.id, 1)).toMatchObject({ id: user.id });
    await expect(signInWithPassword(db, throttles, { email: 'barbara@example.com', password: 'a brand new passphrase', ip: '10.0.0.3' })).resolves.toBeTruthy();
  });

  it('role changes apply at once; an admin cannot demote themselves; deleted users lose their session', async () => {
    const admin = await createAccount(db, { email: 'root@example.com', password: testPassword, role: 'ADMIN' });
    const learner = await createAccount(db, { email: 'ken@example.com', password: testPassword });
    await setRole(db, { userId: learner.id, role: 'INSTRUCTOR', actingAdminId: admin.id });
    expect(await loadViewer(db, learner.id, 0)).toMatchObject({ role: 'INSTRUCTOR' });
    await expect(setRole(db, { userId: admin.id, role: 'LEARNER', actingAdminId: admin.id })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(setRole(db, { userId: 'no-such-user', role: 'ADMIN', actingAdminId: admin.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await deleteAccount(db, learner.id);
    expect(await loadViewer(db, learner.id, 0)).toBeNull();
  });
});
