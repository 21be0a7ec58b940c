import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Each run starts tsx and compiles the fixture's lessons: seconds, more on a loaded machine.
const slow = 180_000;

function coverage(args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'lib/cli/content-coverage.ts', ...args, 'tests/fixtures/coverage'], {
    encoding: 'utf8',
    timeout: slow,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

// The fixture course covers 50 % of its blueprint weight (worked out in tests/unit/coverage-report.test.ts).
describe('npm run content:coverage', () => {
  it(
    'prints the covered share and every objective, gaps first, and exits 0 at or above --fail-under',
    () => {
      const { code, stdout } = coverage(['--fail-under', '50']);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Mini Course \(mini-100\): 50\.0 % of the blueprint weight covered/);
      expect(stdout.indexOf('Gaps:')).toBeLessThan(stdout.indexOf('Partly covered:'));
      expect(stdout.indexOf('Partly covered:')).toBeLessThan(stdout.indexOf('Covered:'));
      expect(stdout).toMatch(/^ {4}2\.1\.a +20\.00 % +1 lesson, 9 questions, 0 generated +Sub-objective A$/m);
    },
    slow,
  );

  it(
    'exits 1 below --fail-under, saying by how much',
    () => {
      const { code, stderr } = coverage(['--course', 'mini-100', '--fail-under', '50.5']);
      expect(code).toBe(1);
      expect(stderr).toBe('mini-100: 50.0 % of the blueprint weight is covered, under the required 50.5 %.');
    },
    slow,
  );

  it(
    'refuses an unknown course and a percentage out of range',
    () => {
      expect(coverage(['--course', 'nope'])).toMatchObject({ code: 1, stderr: 'netprep: No course has the id "nope"; the courses are mini-100.' });
      expect(coverage(['--fail-under', '120'])).toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/^netprep: --fail-under takes a percentage from 0 to 100/),
      });
    },
    slow,
  );
});
