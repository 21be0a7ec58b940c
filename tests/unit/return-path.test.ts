import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '../../lib/auth/return-path';

// Where the browser would land: it resolves the returned path against the page's own origin.
const origin = 'https://netprep.example';
const landing = (path: string) => new URL(path, `${origin}/signin`);

const hostile = [
  '//evil.example/phish',
  '/\\evil.example/phish',
  '\\\\evil.example/phish',
  '/\t/evil.example/phish',
  '/\n/evil.example/phish',
  '/\r\n/evil.example',
  '/\t\\evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/\\/evil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/a/..//evil.example',
  '/%2e//evil.example',
  '/%2E%2E//evil.example',
  '/\\\t\\evil.example',
  'https://evil.example/phish',
  'http:evil.example',
  'https:/evil.example',
  '//netprep.example@evil.example',
  '///evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '\tjavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  '',
  '/\u0000/evil.example',
];

describe('the return path after sign-in', () => {
  it.each(hostile)('never leaves the site for %j', (value) => {
    const path = safeReturnPath(value);
    expect(landing(path).origin).toBe(origin);
    expect(path).toMatch(/^\/(?![/\\])/);
  });

  it('never leaves the site for any mix of slashes, backslashes, dots and the characters browsers strip', () => {
    const pieces = ['/', '\\', '\t', '\n', '\r', '.', '%2f', '%5c', '%09', 'evil.example'];
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          const path = safeReturnPath(`/${a}${b}${c}evil.example/x`);
          expect(landing(path).origin, JSON.stringify(`/${a}${b}${c}`)).toBe(origin);
          expect(path).toMatch(/^\/(?![/\\])/);
        }
  });

  it('keeps a same-site path with its query and fragment', () => {
    expect(safeReturnPath('/lessons/lesson-001?tab=quiz#q2')).toBe('/lessons/lesson-001?tab=quiz#q2');
    expect(safeReturnPath('/')).toBe('/');
  });

  it('falls back for anything that is not a path on this site', () => {
    expect(safeReturnPath(undefined)).toBe('/');
    expect(safeReturnPath(['/a', '/b'])).toBe('/');
    expect(safeReturnPath('//evil.example', '/dashboard')).toBe('/dashboard');
  });
});
