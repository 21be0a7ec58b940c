import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

export const minPasswordLength = 10;
// argon2 hashes whatever it is given; an unbounded input is a cheap way to burn our CPU.
export const maxPasswordLength = 200;

// zxcvbn's list of the ~49,000 most common leaked passwords, lowercased for a case-insensitive check.
const commonPasswords = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < minPasswordLength) return `Use at least ${minPasswordLength} characters.`;
  if (password.length > maxPasswordLength) return `Use at most ${maxPasswordLength} characters.`;
  if (commonPasswords.has(password.toLowerCase())) return 'This password is one of the most common ones and easy to guess. Choose another.';
  return null;
}

// OWASP's minimum argon2id profile (19 MiB, 2 passes): about 25 ms here, cheap enough for sign-in bursts.
// algorithm 2 is Algorithm.Argon2id, a const enum that isolatedModules cannot import.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/**
 * Verifying against this when the email is unknown makes a miss take as long as a wrong password,
 * so response times don't reveal which emails are registered.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword('netprep-decoy-password-never-matches');
  return decoyHash;
}
