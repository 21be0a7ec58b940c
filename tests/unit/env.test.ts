import { afterEach, describe, expect, it, vi } from 'vitest';
import { env } from '../../lib/env';

describe('environment settings', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('reads valid settings, coercing the port to a number', () => {
    vi.stubEnv('DATABASE_URL', 'postgresql://netprep:secret@db.internal:5432/netprep');
    vi.stubEnv('PORT', '8080');
    vi.stubEnv('NETPREP_EMBEDDED', '1');
    expect(env()).toMatchObject({ DATABASE_URL: 'postgresql://netprep:secret@db.internal:5432/netprep', PORT: 8080, NETPREP_EMBEDDED: '1' });
  });

  it('leaves unset settings undefined, so callers choose their own defaults', () => {
    vi.stubEnv('DATABASE_URL', '');
    expect(env().DATABASE_URL).toBeUndefined();
    vi.stubEnv('PORT', undefined);
    vi.stubEnv('NETPREP_CONTENT_DIR', undefined);
    expect(env().PORT).toBeUndefined();
    expect(env().NETPREP_CONTENT_DIR).toBeUndefined();
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://root@localhost/netprep'],
    ['DATABASE_URL', 'localhost:5432'],
    ['NEXTAUTH_SECRET', 'short'],
    ['NEXTAUTH_URL', 'ftp://example.com'],
    ['NETPREP_EMBEDDED', 'yes'],
    ['NETPREP_DATA_DIR', '   '],
  ])('refuses %s=%j with one line that names it', (name, value) => {
    vi.stubEnv(name, value);
    expect(() => env()).toThrowError(new RegExp(`^The environment variable ${name} is invalid: `));
  });
});
