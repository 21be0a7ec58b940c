/** IPv4 addresses as unsigned 32-bit integers; `>>> 0` keeps bitwise results unsigned. */
export type Parsed<T> = { value: T } | { invalid: string };

export const maskOf = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0);
export const wildcardOf = (prefix: number) => ~maskOf(prefix) >>> 0;
export const networkOf = (address: number, prefix: number) => (address & maskOf(prefix)) >>> 0;
export const broadcastOf = (address: number, prefix: number) => (networkOf(address, prefix) | wildcardOf(prefix)) >>> 0;
export const blockSize = (prefix: number) => 2 ** (32 - prefix);

export const formatIpv4 = (n: number) => `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
export const formatCidr = (network: number, prefix: number) => `${formatIpv4(network)}/${prefix}`;
export const octetBits = (octet: number) => octet.toString(2).padStart(8, '0');
export const toBinary = (n: number) =>
  formatIpv4(n)
    .split('.')
    .map((o) => octetBits(Number(o)))
    .join('.');

const octetPattern = /^\d{1,3}$/;

export function parseIpv4(text: string): Parsed<number> {
  const parts = text.trim().split('.');
  if (parts.length !== 4 || !parts.every((p) => octetPattern.test(p))) return { invalid: 'not an IPv4 address (write four numbers 0–255 separated by dots)' };
  let value = 0;
  for (const part of parts) {
    const octet = Number(part);
    if (octet > 255) return { invalid: `not an IPv4 address: ${part} is more than 255` };
    // Some tools read "010" as octal 8: a leading zero is accepted only where both readings agree.
    if (part.length > 1 && part.startsWith('0') && octet >= 8)
      return { invalid: `"${part}" is ambiguous (some tools read a leading zero as octal); write ${octet}` };
    value = value * 256 + octet;
  }
  return { value };
}

/** The prefix length of a contiguous mask, or null. */
export function prefixOfMask(mask: number): number | null {
  const prefix = 32 - Math.log2((~mask >>> 0) + 1);
  return Number.isInteger(prefix) ? prefix : null;
}

/** "/24", "24" or "255.255.255.0", all meaning prefix 24. */
export function parseMaskOrPrefix(text: string): Parsed<number> {
  const trimmed = text.trim();
  const prefixMatch = /^\/?\s*(\d{1,2})$/.exec(trimmed);
  if (prefixMatch) {
    const prefix = Number(prefixMatch[1]);
    return prefix <= 32 ? { value: prefix } : { invalid: 'a prefix length is 0 to 32' };
  }
  const mask = parseIpv4(trimmed);
  if ('invalid' in mask) return { invalid: 'not a subnet mask (write 255.255.255.0 or /24)' };
  const prefix = prefixOfMask(mask.value);
  return prefix === null ? { invalid: `${trimmed} is not a valid subnet mask: its 1 bits are not contiguous` } : { value: prefix };
}

/** "10.1.0.0/16" or "10.1.0.0 255.255.0.0" (any mask notation after the address). */
export function parseCidr(text: string): Parsed<{ address: number; prefix: number }> {
  const match = /^\s*([\d.]+)\s*(?:\/\s*|\s+)(\S+)\s*$/.exec(text);
  if (!match) return { invalid: 'not a network: write it as 10.1.0.0/16 or 10.1.0.0 255.255.0.0' };
  const address = parseIpv4(match[1]);
  if ('invalid' in address) return address;
  const prefix = parseMaskOrPrefix(match[2]);
  if ('invalid' in prefix) return prefix;
  return { value: { address: address.value, prefix: prefix.value } };
}

/** Non-negative whole number, with optional thousands separators ("1,022"). */
export function parseCount(text: string): Parsed<number> {
  const trimmed = text.trim().replace(/[,\s_](?=\d{3}\b)/g, '');
  return /^\d{1,12}$/.test(trimmed) ? { value: Number(trimmed) } : { invalid: 'not a whole number' };
}
