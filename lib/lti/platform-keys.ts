import { createRemoteJWKSet } from 'jose';

type KeySet = ReturnType<typeof createRemoteJWKSet>;

const globalForKeys = globalThis as unknown as { netprepPlatformKeys?: Map<string, KeySet> };

/**
 * A platform's JWKS, fetched once and cached for 10 minutes; a token signed with a key id the cache
 * lacks (the platform rotated its keys) refetches at once. The 1-second cooldown bounds how often
 * forged key ids can make us fetch.
 */
export function platformKeys(jwksUrl: string): KeySet {
  globalForKeys.netprepPlatformKeys ??= new Map();
  const cache = globalForKeys.netprepPlatformKeys;
  let keySet = cache.get(jwksUrl);
  if (!keySet) {
    keySet = createRemoteJWKSet(new URL(jwksUrl), { cacheMaxAge: 10 * 60 * 1000, cooldownDuration: 1000, timeoutDuration: 5000 });
    cache.set(jwksUrl, keySet);
  }
  return keySet;
}
