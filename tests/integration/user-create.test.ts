import { spawnSync } from 'node:child_process';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { signInWithPassword } from '../../lib/auth/sign-in';
import { createThrottles } from '../../lib/auth/throttle';
import { createTestDatabase } from '../helpers/test-database';

describe('npm run user:create', async () => {
  const { db, url } = await createTestDatabase();
  const run = (args: string[], stdin: string) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/user-create.ts', ...args], {
      input: stdin,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url },
      timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
  };

  it('creates an admin from a piped password, then re-running sets a new role and password', async () => {
    expect(run(['--email', 'Boss@Example.com', '--role', 'admin', '--password-stdin'], 'a very long admin passphrase\n')).toMatchObject({
      code: 0,
      stdout: 'Created admin boss@example.com.',
    });
    expect(await db.user.findUniqueOrThrow({ where: { email: 'boss@example.com' } })).toMatchObject({ role: 'ADMIN' });

    const again = run(['--email', 'boss@example.com', '--role', 'instructor', '--password-stdin'], 'another long passphrase\n');
    expect(again).toMatchObject({ code: 0 });
    expect(again.stdout).toMatch(/^Updated boss@example\.com: role instructor/);
    const pool = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await expect(
        signInWithPassword(db, createThrottles(pool), { email: 'boss@example.com', password: 'another long passphrase', ip: '10.9.9.9' }),
      ).resolves.toMatchObject({ role: 'INSTRUCTOR', sessionVersion: 1 });
    } finally {
      await pool.end();
    }
  });

  it('refuses weak passwords, unknown roles and bad emails with one clear line', () => {
    expect(run(['--email', 'x@example.com', '--role', 'admin', '--password-stdin'], 'password123\n')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^netprep: Password refused: This password is one of the most common/),
    });
    expect(run(['--email', 'x@example.com', '--role', 'boss', '--password-stdin'], 'fine long passphrase\n')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^netprep: Unknown role "boss"/),
    });
    expect(run(['--email', 'not-an-email', '--password-stdin'], 'fine long passphrase\n')).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^netprep: Enter a valid email address/),
    });
  });
});
