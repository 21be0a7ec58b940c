import { request as httpRequest } from 'node:http';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../lib/db/client';
import { signInLimit } from '../../lib/auth/throttle';
import { seedPeople, testPassword, type People } from '../helpers/people';
import { signInOverHttp } from './http-session';

const baseUrl = () => inject('baseUrl');

/** An HTTP request from a chosen loopback address, so the server sees a different client socket. */
function requestFrom(localAddress: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ cookies: string[]; text: string }>((resolve, reject) => {
    const url = new URL(path, baseUrl());
    const call = httpRequest(
      { host: url.hostname, port: url.port, path: url.pathname, method: body === undefined ? 'GET' : 'POST', headers, localAddress },
      (response) => {
        let text = '';
        response.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ cookies: response.headers['set-cookie'] ?? [], text }));
      },
    );
    call.on('error', reject).end(body);
  });
}

/** One credentials sign-in over HTTP, as the form does; true when it gave a session cookie. */
async function signInGivesSession(email: string, password: string, headers: Record<string, string>, localAddress = '127.0.0.1'): Promise<boolean> {
  const csrf = await requestFrom(localAddress, '/api/auth/csrf', headers);
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  const cookie = csrf.cookies.map((c) => c.split(';')[0]).join('; ');
  const form = new URLSearchParams({ csrfToken, email, password, json: 'true' }).toString();
  const response = await requestFrom(
    localAddress,
    '/api/auth/callback/credentials',
    { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    form,
  );
  return response.cookies.some((c) => c.includes('session-token='));
}

describe('hostile requests against the production build', () => {
  let people: People;
  let learnerCookie: string;

  beforeAll(async () => {
    const db = createDb(inject('databaseUrl'), 2);
    try {
      people = await seedPeople(db, 'hostile');
    } finally {
      await db.$disconnect();
    }
    learnerCookie = await signInOverHttp(baseUrl(), people.learner.email, testPassword);
  });

  it('a forged X-Forwarded-For on every attempt does not reset the per-address sign-in limit', async () => {
    const email = people.otherLearner.email;
    const forged = (i: number) => ({ 'x-forwarded-for': `198.51.100.${i}`, 'x-real-ip': `203.0.113.${i}`, 'x-netprep-peer-address': `192.0.2.${i}` });
    for (let i = 0; i < signInLimit.failures; i++) expect(await signInGivesSession(email, `wrong guess ${i}`, forged(i))).toBe(false);
    expect(await signInGivesSession(email, testPassword, forged(99))).toBe(false);
    // The limit is the socket's: another client address is not blocked (so the app does see the real peer).
    expect(await signInGivesSession(email, testPassword, forged(98), '127.0.0.2')).toBe(true);
  });

  it('a NUL byte in a path, a query or a body is a 4xx, never a 500', async () => {
    const get = (path: string, cookie = '') =>
      fetch(`${baseUrl()}${path}`, { headers: { cookie }, redirect: 'manual' }).then(async (r) => (await r.arrayBuffer(), r.status));
    expect(await get('/api/lessons/%00/progress', learnerCookie)).toBe(404);
    expect(await get('/api/lessons/a%00b/progress', learnerCookie)).toBe(404);
    expect(await get('/lessons/a%00b')).toBe(404);
    expect(await get('/chapters/%00')).toBe(404);
    expect(await get('/search?q=%00')).toBe(200);
    expect(await get('/review?course=%00', learnerCookie)).toBe(200);
    const put = await fetch(`${baseUrl()}/api/lessons/lesson-001-virtualization-fundamentals/progress`, {
      method: 'PUT',
      headers: { cookie: learnerCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ lastSection: 'a\u0000b' }),
    });
    expect(put.status).toBe(422);
  });

  it('an anonymous 50 MB body is refused with 401 and a signed-in 2 MB body with 413', async () => {
    const post = (size: number, cookie = '') =>
      fetch(`${baseUrl()}/api/reviews`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: new Uint8Array(size).fill(0x20),
      }).then(async (r) => (await r.arrayBuffer(), r.status));
    expect(await post(50_000_000)).toBe(401);
    expect(await post(2_000_000, learnerCookie)).toBe(413);
    expect((await fetch(`${baseUrl()}/api/health`)).status).toBe(200);
  });

  it('a session cookie saved before sign-out no longer works after it', async () => {
    const saved = await signInOverHttp(baseUrl(), people.instructor.email, testPassword);
    expect((await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie: saved } })).status).toBe(200);
    const csrf = await fetch(`${baseUrl()}/api/auth/csrf`, { headers: { cookie: saved } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const csrfCookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const signOut = await fetch(`${baseUrl()}/api/auth/signout`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `${saved}; ${csrfCookie}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ csrfToken, json: 'true' }),
    });
    await signOut.arrayBuffer();
    expect((await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie: saved } })).status).toBe(401);
    expect(await (await fetch(`${baseUrl()}/api/auth/session`, { headers: { cookie: saved } })).json()).toEqual({});
  });

  it('inputs that Next.js itself would answer with a 500 get a 400, 403 or 413', async () => {
    const status = (path: string, init: RequestInit = {}) =>
      fetch(`${baseUrl()}${path}`, { redirect: 'manual', ...init }).then(async (r) => (await r.arrayBuffer(), r.status));
    const action = { cookie: learnerCookie, 'next-action': '7f'.repeat(21), 'content-type': 'text/plain;charset=UTF-8' };
    expect(await status('/chapters/%E0%A4%A')).toBe(400);
    expect(await status('/review', { method: 'POST', headers: { ...action, origin: 'https://evil.example' }, body: '[]' })).toBe(403);
    expect(
      await status('/api/reviews', {
        method: 'POST',
        headers: { cookie: learnerCookie, origin: 'https://evil.example', 'content-type': 'application/json' },
        body: '{}',
      }),
    ).toBe(403);
    expect(await status('/review', { method: 'POST', headers: { ...action, origin: baseUrl() }, body: 'x'.repeat(2 * 1024 * 1024) })).toBe(413);
    expect((await fetch(`${baseUrl()}/api/health`)).status).toBe(200);
  });

  it('pages carry a Content-Security-Policy whose fresh nonce is on every script', async () => {
    const page = async () => {
      const response = await fetch(`${baseUrl()}/`);
      const policy = response.headers.get('content-security-policy') ?? '';
      return { policy, nonce: /'nonce-([^']+)'/.exec(policy)?.[1], html: await response.text() };
    };
    const first = await page();
    expect(first.policy).toContain("frame-ancestors 'none'");
    expect(first.nonce).toBeTruthy();
    const scripts = [...first.html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) expect(script).toContain(`nonce="${first.nonce}"`);
    expect((await page()).nonce).not.toBe(first.nonce);
  });
});
