// next-auth's request handler itself, which its route wraps in Next's cookies()/headers() (not
// available outside a Next request); the package does not list it in its exports, hence the path.
import { AuthHandler } from '../../node_modules/next-auth/core/index.js';
import { describe, expect, it } from 'vitest';
import { createAccount, deleteAccount, setRole } from '../../lib/auth/accounts';
import { authOptions } from '../../lib/auth/next-auth-options';
import { viewerFromCookies } from '../../lib/auth/viewer';
import { testPassword } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

type Cookie = { name: string; value: string };

describe("next-auth's session endpoint and sign-out, against the real database", async () => {
  const { db, url } = await createTestDatabase();
  // next-auth's options use the app's shared client and secret, read from the environment.
  Object.assign(process.env, { DATABASE_URL: url, NEXTAUTH_SECRET: 'a test secret of enough length', NEXTAUTH_URL: 'http://netprep.test' });
  const admin = await createAccount(db, { email: 'admin@example.com', password: testPassword, role: 'ADMIN' });

  /** One request through next-auth's own handler, as its route does; returns the body and the cookies it sets. */
  async function auth(action: string, cookies: Cookie[], form?: Record<string, string>) {
    const request = new Request(`http://netprep.test/api/auth/${action}`, {
      method: form ? 'POST' : 'GET',
      // The core handler reads a JSON body; the route's glue turns the browser's form into the same object.
      headers: { cookie: cookies.map((c) => `${c.name}=${c.value}`).join('; '), ...(form ? { 'content-type': 'application/json' } : {}) },
      body: form ? JSON.stringify(form) : undefined,
    });
    const response = await AuthHandler({ req: request, options: authOptions() });
    return { body: response.body as Record<string, unknown>, cookies: (response.cookies ?? []) as Cookie[] };
  }

  /** What every page, route and action sees for these cookies (currentViewer without Next's cookies()). */
  const serverViewer = (cookies: Cookie[]) => viewerFromCookies({ getAll: () => cookies });

  async function signIn(email: string) {
    const csrf = await auth('csrf', []);
    const csrfToken = csrf.body.csrfToken as string;
    const signedIn = await auth('callback/credentials', csrf.cookies, { csrfToken, email, password: testPassword, json: 'true' });
    const session = signedIn.cookies.filter((c) => c.name.includes('session-token'));
    expect(session, JSON.stringify(signedIn)).toHaveLength(1);
    return { session, csrfCookies: csrf.cookies, csrfToken };
  }

  it('a session cookie saved before sign-out no longer works after it', async () => {
    const user = await createAccount(db, { email: 'saved@example.com', password: testPassword });
    const { session, csrfCookies, csrfToken } = await signIn('saved@example.com');
    expect((await auth('session', session)).body).toMatchObject({ user: { id: user.id, email: 'saved@example.com', role: 'LEARNER' } });
    expect(await serverViewer(session)).toEqual({ id: user.id, email: 'saved@example.com', name: null, role: 'LEARNER' });
    await auth('signout', [...csrfCookies, ...session], { csrfToken });
    expect((await auth('session', session)).body).toEqual({});
    expect(await serverViewer(session)).toBeNull();
    // Signing in again gives a working session.
    const again = await signIn('saved@example.com');
    expect((await auth('session', again.session)).body).toMatchObject({ user: { id: user.id } });
  });

  it('a deleted account has no session, and a demoted one shows its current role', async () => {
    const instructor = await createAccount(db, { email: 'teacher@example.com', password: testPassword, role: 'INSTRUCTOR' });
    const { session } = await signIn('teacher@example.com');
    expect((await auth('session', session)).body).toMatchObject({ user: { role: 'INSTRUCTOR' } });
    await setRole(db, { userId: instructor.id, role: 'LEARNER', actingAdminId: admin.id });
    expect((await auth('session', session)).body).toMatchObject({ user: { id: instructor.id, role: 'LEARNER' } });
    expect(await serverViewer(session)).toMatchObject({ id: instructor.id, role: 'LEARNER' });
    await deleteAccount(db, instructor.id);
    expect((await auth('session', session)).body).toEqual({});
    expect(await serverViewer(session)).toBeNull();
  });

  it('a forged, altered or missing session cookie is no viewer', async () => {
    const user = await createAccount(db, { email: 'forged@example.com', password: testPassword });
    const { session } = await signIn('forged@example.com');
    expect(await serverViewer(session)).toMatchObject({ id: user.id });
    const [cookie] = session;
    const flipped = cookie.value.slice(0, -4) + (cookie.value.endsWith('AAAA') ? 'BBBB' : 'AAAA');
    expect(await serverViewer([{ ...cookie, value: flipped }])).toBeNull();
    expect(await serverViewer([{ ...cookie, value: 'not-a-token' }])).toBeNull();
    expect(await serverViewer([])).toBeNull();
    // Another cookie with the session's value under a different name is not read.
    expect(await serverViewer([{ name: 'other', value: cookie.value }])).toBeNull();
  });
});
