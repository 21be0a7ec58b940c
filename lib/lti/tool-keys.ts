import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Db } from '../db/client';

export const toolKeyAlgorithm = 'RS256';

/**
 * How long a retired key stays published: longer than any platform caches a JWKS or keeps a
 * client assertion, so nothing signed just before a rotation fails to verify after it.
 */
const retiredKeyLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** The key that signs now, generated on first use. Its private half never leaves the database and this process. */
export async function signingKey(db: Db, now: Date): Promise<{ kid: string; key: CryptoKey }> {
  const current = await activeKey(db);
  const row = current ?? (await createKey(db, now));
  return { kid: row.kid, key: (await importJWK(row.privateJwk as JWK, toolKeyAlgorithm)) as CryptoKey };
}

/** Starts signing with a new key; the old one stays in the JWKS for a week. */
export async function rotateToolKey(db: Db, now: Date): Promise<{ kid: string; retired: string[] }> {
  const retired = await db.ltiToolKey.findMany({ where: { retiredAt: null }, select: { kid: true } });
  await db.ltiToolKey.updateMany({ where: { retiredAt: null }, data: { retiredAt: now, expiresAt: new Date(now.getTime() + retiredKeyLifetimeMs) } });
  const created = await createKey(db, now);
  return { kid: created.kid, retired: retired.map((key) => key.kid) };
}

/** The tool's JWKS: the signing key and the retired keys that have not expired. */
export async function publishedKeys(db: Db, now: Date): Promise<{ keys: JWK[] }> {
  if (!(await activeKey(db))) await createKey(db, now);
  const rows = await db.ltiToolKey.findMany({
    where: { OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    orderBy: { createdAt: 'desc' },
    select: { publicJwk: true },
  });
  return { keys: rows.map((row) => row.publicJwk as JWK) };
}

function activeKey(db: Db) {
  return db.ltiToolKey.findFirst({ where: { retiredAt: null }, orderBy: { createdAt: 'desc' }, omit: { privateJwk: false } });
}

async function createKey(db: Db, now: Date) {
  const { publicKey, privateKey } = await generateKeyPair(toolKeyAlgorithm, { extractable: true });
  const kid = crypto.randomUUID();
  const meta = { kid, alg: toolKeyAlgorithm, use: 'sig' };
  const publicJwk = { ...(await exportJWK(publicKey)), ...meta };
  const privateJwk = { ...(await exportJWK(privateKey)), ...meta };
  // Two first uses at once make two keys; both are published and the newer one signs, which is harmless.
  return db.ltiToolKey.create({ data: { kid, publicJwk, privateJwk, createdAt: now }, omit: { privateJwk: false } });
}
