import { BlockList, isIP } from 'node:net';
import { AppError } from '../errors';
import { env } from '../env';

/** Set by lib/http/peer-address-hook.mjs from the socket; a client cannot choose its value. */
export const peerAddressHeader = 'x-netprep-peer-address';

type HeaderSource = Headers | Record<string, string | string[] | undefined>;

/**
 * The client's address, for limits per address. Without trusted proxies it is the socket's peer:
 * X-Forwarded-For is then whatever the client wrote. Behind trusted proxies the header is walked
 * from the right, skipping the proxies' own hops, to the first address no trusted proxy owns.
 */
export function clientIp(headers: HeaderSource, trusted: BlockList | null = trustedProxies()): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? '';
  const peer = get(peerAddressHeader);
  // Only when the server was started without the hook (not through `npm start`): one shared bucket, never a forged one.
  if (!peer) return 'unknown';
  if (!trusted) return unmapped(peer);
  const hops = [...get('x-forwarded-for').split(','), peer].map((hop) => unmapped(hop.trim())).filter(Boolean);
  for (let i = hops.length - 1; i > 0; i--) {
    if (!isTrusted(trusted, hops[i])) return hops[i];
  }
  return hops[0];
}

function isTrusted(trusted: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && trusted.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** "::ffff:192.0.2.1" and "192.0.2.1" are one client, so they must be one key. */
function unmapped(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1] : address;
}

/** Parses a list of addresses and CIDR ranges ("10.0.0.0/8, 2001:db8::1"); a bad entry is named. */
export function parseTrustedProxies(list: string, variable = 'NETPREP_TRUSTED_PROXIES'): BlockList | null {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return null;
  const blocks = new BlockList();
  for (const entry of entries) {
    const [address, prefix, extra] = entry.split('/');
    const family = isIP(address);
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === 4 ? 32 : 128;
    if (!family || extra !== undefined || (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits && prefix !== ''))) {
      throw new AppError('CONFIG_INVALID', `${variable} has "${entry}", which is not an IP address or CIDR range (e.g. 10.0.0.0/8).`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === undefined) blocks.addAddress(address, type);
    else blocks.addSubnet(address, bits, type);
  }
  return blocks;
}

let configured: { source: string; blocks: BlockList | null } | undefined;

/** The proxies named in NETPREP_TRUSTED_PROXIES, parsed once per value. */
export function trustedProxies(): BlockList | null {
  const source = env().NETPREP_TRUSTED_PROXIES ?? '';
  if (configured?.source !== source) configured = { source, blocks: parseTrustedProxies(source) };
  return configured.blocks;
}
