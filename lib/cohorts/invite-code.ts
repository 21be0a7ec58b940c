import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud in classrooms and typed from slides.
const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const inviteCodeLength = 8;

export function newInviteCode(): string {
  return Array.from({ length: inviteCodeLength }, () => alphabet[randomInt(alphabet.length)]).join('');
}

/** Accepts what people type: any case, spaces or dashes in between. */
export function normalizeInviteCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}
