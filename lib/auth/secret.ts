import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors';
import { env } from '../env';

/**
 * The secret that signs session cookies. A deployment sets NEXTAUTH_SECRET; the local embedded
 * setup generates one on first start and keeps it under the data directory (mode 600), so
 * sessions survive restarts without anyone configuring anything.
 */
export async function resolveAuthSecret(options: { dataDir: string; embedded: boolean }): Promise<string> {
  const configured = env().NEXTAUTH_SECRET;
  if (configured) return configured;
  if (!options.embedded) {
    throw new AppError(
      'CONFIG_MISSING',
      'NEXTAUTH_SECRET is not set. With DATABASE_URL pointing at your own server, set NEXTAUTH_SECRET to a long random value (e.g. `openssl rand -base64 32`).',
    );
  }
  const file = path.join(options.dataDir, 'auth-secret');
  const existing = await readFile(file, 'utf8').catch(() => '');
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await writeFile(file, secret, { mode: 0o600, flag: 'wx' }).catch(async () => {
    // Another command created it first; use theirs so both agree.
  });
  return (await readFile(file, 'utf8')).trim();
}

/** The secret inside the app process; `npm start` and the test harness always provide it. */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) {
    throw new AppError('CONFIG_MISSING', 'NEXTAUTH_SECRET is not set. Start the app with `npm start`, or set NEXTAUTH_SECRET for a deployment.');
  }
  return secret;
}

/**
 * Secure cookies whenever this is a real deployment: production mode on a database of its own.
 * The embedded local setup is served over plain http://localhost, where Secure cookies would be refused.
 */
export function secureCookiesWanted(): boolean {
  const { NODE_ENV, NETPREP_EMBEDDED } = env();
  return NODE_ENV === 'production' && NETPREP_EMBEDDED !== '1';
}
