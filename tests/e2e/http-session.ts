/** Signs in through next-auth's own endpoints, as a browser's form would, and returns the cookie header. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookies = cookiePairs(csrf.headers);
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: csrfCookies },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const session = cookiePairs(response.headers);
  if (!session.includes('session-token')) throw new Error(`sign-in as ${email} failed: ${response.status} ${await response.text()}`);
  return session;
}

function cookiePairs(headers: Headers): string {
  return headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}
