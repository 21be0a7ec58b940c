import { spawnSync } from 'node:child_process';
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../lib/db/embedded-server';

function run(script: string, args: string[] = [], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', `lib/cli/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

describe('command failures are one clear line and a non-zero exit', () => {
  it('npm start: port already in use', async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) => blocker.listen(0, () => resolve((blocker.address() as net.AddressInfo).port)));
    try {
      const { code, stderr } = run('start', [], { PORT: String(port) });
      expect(code).toBe(1);
      expect(stderr).toBe(
        `netprep: Port ${port} is already in use (is Netprep already running?). Stop that process or choose another port: PORT=${port + 1} npm start`,
      );
    } finally {
      blocker.close();
    }
  });

  it('npm start: a PORT that is not a port', () => {
    const { code, stderr } = run('start', [], { PORT: 'eighty' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^netprep: The environment variable PORT is invalid: /);
  });

  it('db:migrate: database unreachable, without leaking the password', async () => {
    const { code, stderr } = run('db-migrate', [], { DATABASE_URL: `postgresql://me:hunter2@127.0.0.1:${await freePort()}/x` });
    expect(code).toBe(1);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^netprep: Cannot reach the database at postgresql:\/\/me:\*\*\*@127\.0\.0\.1:\d+\/x: .*Check DATABASE_URL/);
    expect(stderr).not.toContain('hunter2');
  });

  it('content:check: lists every problem as path:line and exits 1', () => {
    const { code, stderr } = run('content-check', ['tests/fixtures/content-invalid']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^tests\/fixtures\/content-invalid\/courses\/broken\.yaml:1: id: /m);
    expect(stderr).toMatch(/^tests\/fixtures\/content-invalid\/courses\/broken\.yaml:8: minutes: /m);
    expect(stderr).toMatch(/2 error\(s\), 1 warning\(s\)/);
  });

  it('content:check: the real content is valid', () => {
    const { code, stdout } = run('content-check');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Content is valid: 2 courses/);
  });
});
