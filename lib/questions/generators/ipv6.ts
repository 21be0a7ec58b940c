import type { Parsed } from './ipv4';

/** IPv6 addresses as eight 16-bit groups. */
export type Groups = number[];

const groupPattern = /^[0-9a-f]{1,4}$/i;
const notIpv6 = 'not an IPv6 address (eight groups of up to 4 hex digits separated by colons, "::" at most once)';

export function parseIpv6(text: string): Parsed<Groups> {
  const trimmed = text.trim();
  const halves = trimmed.split('::');
  if (halves.length > 2) return { invalid: `${notIpv6}: "::" appears more than once` };
  const split = (half: string) => (half === '' ? [] : half.split(':'));
  const head = split(halves[0]);
  const tail = halves.length === 2 ? split(halves[1]) : [];
  const parts = [...head, ...tail];
  if (!parts.every((p) => groupPattern.test(p))) return { invalid: notIpv6 };
  const missing = 8 - parts.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return { invalid: `${notIpv6}: it has ${parts.length} groups` };
  const toNumbers = (list: string[]) => list.map((p) => parseInt(p, 16));
  return { value: [...toNumbers(head), ...Array(halves.length === 2 ? missing : 0).fill(0), ...toNumbers(tail)] };
}

export const expandIpv6 = (groups: Groups) => groups.map((g) => g.toString(16).padStart(4, '0')).join(':');

/** The longest run of zero groups (the first on a tie), of at least two: RFC 5952 §4.2. */
export function longestZeroRun(groups: Groups) {
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > best.length) best = { start: i, length: j - i };
    i = j === i ? i + 1 : j;
  }
  return best.length >= 2 ? best : { start: -1, length: 0 };
}

/** RFC 5952: lower case, no leading zeros, "::" for the longest zero run. */
export function compressIpv6(groups: Groups) {
  const hex = groups.map((g) => g.toString(16));
  const { start, length } = longestZeroRun(groups);
  if (start < 0) return hex.join(':');
  return `${hex.slice(0, start).join(':')}::${hex.slice(start + length).join(':')}`;
}

export const sameGroups = (a: Groups, b: Groups) => a.every((g, i) => g === b[i]);
