import { SignJWT } from 'jose';
import type { Db } from '../db/client';
import { signingKey, toolKeyAlgorithm } from './tool-keys';

type Platform = { id: string; clientId: string; tokenUrl: string };
type Cached = { token: string; expiresAt: number };

const globalForTokens = globalThis as unknown as { netprepLtiTokens?: Map<string, Cached> };
// A token this close to expiry is renewed rather than sent, so it cannot lapse in flight.
const renewBeforeMs = 60_000;

/**
 * An OAuth 2 access token for the LMS's services (LTI Advantage: client credentials with a JWT
 * client assertion signed by the tool's key), cached per platform and scope until shortly before it expires.
 */
export async function accessToken(db: Db, platform: Platform, scope: string, now: Date): Promise<string> {
  globalForTokens.netprepLtiTokens ??= new Map();
  const cache = globalForTokens.netprepLtiTokens;
  const key = `${platform.id} ${scope}`;
  const cached = cache.get(key);
  if (cached && cached.expiresAt - renewBeforeMs > now.getTime()) return cached.token;

  const { kid, key: privateKey } = await signingKey(db, now);
  const issuedAt = Math.floor(now.getTime() / 1000);
  const assertion = await new SignJWT({})
    .setProtectedHeader({ alg: toolKeyAlgorithm, kid, typ: 'JWT' })
    .setIssuer(platform.clientId)
    .setSubject(platform.clientId)
    .setAudience(platform.tokenUrl)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 300)
    .setJti(crypto.randomUUID())
    .sign(privateKey);
  const response = await fetch(platform.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: assertion,
      scope,
    }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`the LMS token endpoint answered ${response.status}`);
  const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
  if (typeof body.access_token !== 'string') throw new Error('the LMS token endpoint sent no access_token');
  const lifetimeSeconds = typeof body.expires_in === 'number' ? body.expires_in : 3600;
  cache.set(key, { token: body.access_token, expiresAt: now.getTime() + lifetimeSeconds * 1000 });
  return body.access_token;
}
