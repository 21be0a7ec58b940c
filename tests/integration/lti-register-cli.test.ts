import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { createTestDatabase } from '../helpers/test-database';

describe('npm run lti:register', async () => {
  const { db, url } = await createTestDatabase();
  await syncContent(db, path.resolve('tests/fixtures/coverage'));
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/lti-register.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url },
      timeout: 120_000,
    });
    return { code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim() };
  };
  const moodle = (deployment: string, course = 'mini-100') => [
    '--issuer',
    'https://moodle.example.edu',
    '--client-id',
    'AbC123',
    '--deployment-id',
    deployment,
    '--auth-url',
    'https://moodle.example.edu/mod/lti/auth.php',
    '--token-url',
    'https://moodle.example.edu/mod/lti/token.php',
    '--jwks-url',
    'https://moodle.example.edu/mod/lti/certs.php',
    '--course',
    course,
  ];

  it('records a platform and the tool key, and re-running adds deployments without dropping any', async () => {
    expect(run(moodle('1'))).toMatchObject({
      code: 0,
      stdout: expect.stringMatching(/^Registered https:\/\/moodle\.example\.edu \(client id AbC123; deployments 1\)/),
    });
    expect(run(moodle('2'))).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Updated .*deployments 1, 2\)/) });
    expect(await db.ltiPlatform.findMany({ select: { deploymentIds: true, courseId: true } })).toEqual([{ deploymentIds: ['1', '2'], courseId: 'mini-100' }]);
    expect(await db.ltiToolKey.count()).toBe(1);
  }, 180_000);

  it('rotates the tool key, keeping the old one published', async () => {
    const before = await db.ltiToolKey.findFirstOrThrow({ where: { retiredAt: null } });
    const rotated = run(['--rotate-key']);
    expect(rotated).toMatchObject({ code: 0, stdout: expect.stringContaining(`Retired ${before.kid}: still published for 7 days.`) });
    expect(await db.ltiToolKey.count({ where: { retiredAt: null } })).toBe(1);
    expect(await db.ltiToolKey.findUniqueOrThrow({ where: { kid: before.kid } })).toMatchObject({ retiredAt: expect.any(Date), expiresAt: expect.any(Date) });
  }, 180_000);

  it('refuses an unknown course, a missing deployment and a bad URL with one clear line', () => {
    expect(run(moodle('3', 'no-such-course'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/^netprep: No course "no-such-course"/) });
    const noDeployment = moodle('x').filter((arg, i, all) => arg !== '--deployment-id' && all[i - 1] !== '--deployment-id');
    expect(run(noDeployment)).toMatchObject({ code: 1, stderr: expect.stringMatching(/^netprep: deploymentIds: give at least one deployment id/) });
    expect(run(moodle('1').map((arg) => (arg.endsWith('auth.php') ? 'not a url' : arg)))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/^netprep: authUrl:/),
    });
  }, 180_000);
});
