import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../lib/http/content-security-policy';
import { maxActionBodyBytes, screenRequest } from '../../lib/http/request-screen';

const request = (method: string, rawPathname: string, headers: Record<string, string> = {}) => ({
  method,
  rawPathname,
  header: (name: string) => headers[name] ?? null,
});

describe('requests that Next.js would answer with a 500 are refused first', () => {
  it('refuses a path that is not valid percent-encoding, and passes valid encodings', () => {
    expect(screenRequest(request('GET', '/chapters/%E0%A4%A'))).toMatchObject({ status: 400 });
    expect(screenRequest(request('GET', '/search/%'))).toMatchObject({ status: 400 });
    expect(screenRequest(request('GET', '/chapters/%E0%A4%A4'))).toBeNull();
    expect(screenRequest(request('GET', '/lessons/a%20b'))).toBeNull();
  });

  it('refuses changes from another origin, and accepts our own origin or none', () => {
    const host = { host: 'netprep.example:3000' };
    expect(screenRequest(request('POST', '/review', { ...host, origin: 'https://evil.example', 'next-action': 'abc' }))).toMatchObject({ status: 403 });
    expect(screenRequest(request('DELETE', '/api/reviews', { ...host, origin: 'null' }))).toMatchObject({ status: 403 });
    expect(screenRequest(request('POST', '/api/reviews', { ...host, origin: 'http://netprep.example:3000' }))).toBeNull();
    expect(screenRequest(request('POST', '/api/reviews', host))).toBeNull();
    // An LMS posts LTI launches from its own origin; those two endpoints trust only the signed token.
    expect(screenRequest(request('POST', '/api/lti/launch', { ...host, origin: 'https://lms.example.edu' }))).toBeNull();
    expect(screenRequest(request('POST', '/api/lti/login', { ...host, origin: 'https://lms.example.edu' }))).toBeNull();
    expect(screenRequest(request('POST', '/api/lti/launch/x', { ...host, origin: 'https://lms.example.edu' }))).toMatchObject({ status: 403 });
    // Reading is never refused for its origin: links from other sites are how people arrive.
    expect(screenRequest(request('GET', '/lessons/x', { ...host, origin: 'https://evil.example' }))).toBeNull();
    // Behind a proxy the public host is the forwarded one.
    expect(
      screenRequest(request('POST', '/x', { host: '127.0.0.1:3000', 'x-forwarded-host': 'netprep.example', origin: 'https://netprep.example' })),
    ).toBeNull();
  });

  it('refuses an action body that declares more than 1 MB', () => {
    const action = { host: 'h', origin: 'http://h', 'next-action': 'abc' };
    expect(screenRequest(request('POST', '/author', { ...action, 'content-length': String(maxActionBodyBytes + 1) }))).toMatchObject({ status: 413 });
    expect(screenRequest(request('POST', '/author', { ...action, 'content-length': String(maxActionBodyBytes) }))).toBeNull();
  });
});

describe('Content-Security-Policy', () => {
  it('lets only scripts with the nonce run, and forbids framing unless origins are listed', () => {
    const policy = contentSecurityPolicy('abc123', { development: false, frameAncestors: [] });
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy('n', { development: true, frameAncestors: ['https://lms.example.edu'] })).toMatch(
      /'unsafe-eval'.*frame-ancestors https:\/\/lms\.example\.edu$/,
    );
  });
});
