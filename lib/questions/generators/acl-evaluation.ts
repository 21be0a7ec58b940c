import { z } from 'zod';
import { askSchema, defineGenerator, rangeSchema, type CheckResult } from './generator';
import { formatIpv4, maskOf, wildcardOf } from './ipv4';
import { matchingQuestion, splitList, variantId } from './question';
import { seededRandom, type Random } from './random';

type Action = 'permit' | 'deny';
type Protocol = 'ip' | 'tcp' | 'udp';
export type Match = { address: number; wildcard: number };
export type Ace = { action: Action; protocol: Protocol; source: Match; destination: Match; port: number | null };
export type Packet = { protocol: 'tcp' | 'udp' | 'icmp'; source: number; destination: number; port: number | null };

const kinds = ['standard', 'extended'] as const;
const params = z.strictObject({ kind: askSchema(kinds), entries: rangeSchema(1, 6).default([2, 4]), packets: rangeSchema(2, 6).default([3, 4]) });

const ports: Record<'tcp' | 'udp', number[]> = { tcp: [22, 23, 25, 80, 443], udp: [53, 69, 123, 161] };

const formatMatch = ({ address, wildcard }: Match) =>
  wildcard === 0 ? `host ${formatIpv4(address)}` : wildcard === 0xffffffff ? 'any' : `${formatIpv4(address)} ${formatIpv4(wildcard)}`;

/** A wildcard bit of 1 means "ignore this bit": the address matches when every 0 bit agrees. */
const inside = (address: number, m: Match) => ((address ^ m.address) & ~m.wildcard) >>> 0 === 0;

export const aceMatches = (ace: Ace, p: Packet) =>
  (ace.protocol === 'ip' || ace.protocol === p.protocol) &&
  inside(p.source, ace.source) &&
  inside(p.destination, ace.destination) &&
  (ace.port === null || ace.port === p.port);

/** The first entry that matches decides; none matching is the implicit deny at the end. */
export function evaluateAcl(acl: Ace[], packet: Packet) {
  const index = acl.findIndex((ace) => aceMatches(ace, packet));
  return { action: index < 0 ? ('deny' as const) : acl[index].action, line: index < 0 ? null : index + 1 };
}

const anyMatch: Match = { address: 0, wildcard: 0xffffffff };

function randomMatch(random: Random, site: number): Match {
  const prefix = random.pick([16, 24, 24, 28, 32, 32]);
  const address = (site | random.int(0, 0xffff)) & maskOf(prefix);
  return random.int(0, 7) === 0 ? anyMatch : { address: address >>> 0, wildcard: wildcardOf(prefix) };
}

const pick = (random: Random, m: Match) => ((m.address & ~m.wildcard) | (random.int(0, 0xffffffff) & m.wildcard)) >>> 0;

export const aclEvaluation = defineGenerator({
  params,
  generate({ kind: kinds, entries: [minEntries, maxEntries], packets: [minPackets, maxPackets] }, seed) {
    const random = seededRandom(seed);
    const kind = random.pick(kinds);
    // Sources and destinations share two /16 sites, so entries overlap and order matters.
    const sites = [(10 * 2 ** 24 + random.int(0, 255) * 2 ** 16) >>> 0, (172 * 2 ** 24 + random.int(16, 31) * 2 ** 16) >>> 0];
    const acl: Ace[] = Array.from({ length: random.int(minEntries, maxEntries) }, () => {
      const protocol: Protocol = kind === 'standard' ? 'ip' : random.pick(['ip', 'tcp', 'tcp', 'udp'] as const);
      return {
        action: random.pick(['permit', 'permit', 'deny'] as const),
        protocol,
        source: randomMatch(random, sites[0]),
        destination: kind === 'standard' ? anyMatch : randomMatch(random, sites[1]),
        port: protocol === 'ip' || random.int(0, 2) === 0 ? null : random.pick(ports[protocol]),
      };
    });
    // An ACL of denies only blocks everything; real ones permit something.
    if (acl.every((a) => a.action === 'deny')) acl[acl.length - 1].action = 'permit';
    // Most packets are aimed at an entry (they may still hit an earlier one); the rest fall anywhere in the sites.
    const packets: Packet[] = Array.from({ length: random.int(minPackets, maxPackets) }, () => {
      const target = random.int(0, 3) === 0 ? null : random.pick(acl);
      const protocol = kind === 'standard' ? 'tcp' : target && target.protocol !== 'ip' ? target.protocol : random.pick(['tcp', 'udp', 'icmp'] as const);
      const port = protocol === 'icmp' ? null : (target?.port ?? random.pick(ports[protocol]));
      return {
        protocol,
        source: target ? pick(random, target.source) : (sites[0] | random.int(0, 0xffff)) >>> 0,
        destination: target ? pick(random, target.destination) : (sites[1] | random.int(0, 0xffff)) >>> 0,
        port,
      };
    });
    const number = kind === 'standard' ? random.int(1, 99) : random.int(100, 199);
    const lines = acl.map((a) =>
      kind === 'standard'
        ? `access-list ${number} ${a.action} ${formatMatch(a.source)}`
        : `access-list ${number} ${a.action} ${a.protocol} ${formatMatch(a.source)} ${formatMatch(a.destination)}${a.port === null ? '' : ` eq ${a.port}`}`,
    );
    const describe = (p: Packet) =>
      kind === 'standard'
        ? `from ${formatIpv4(p.source)}`
        : `${p.protocol.toUpperCase()} ${formatIpv4(p.source)} → ${formatIpv4(p.destination)}${p.port === null ? '' : ` port ${p.port}`}`;
    const results = packets.map((p) => evaluateAcl(acl, p));
    const stem = `An interface filters with this ${kind} ACL:\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n\nIs each packet permitted or denied?`;
    const explanation = [
      'Each packet is compared with the entries from the top; the first that matches decides, and a packet no entry matches meets the implicit `deny any` at the end. A wildcard bit of 0 must match, 1 is ignored.',
      '',
      ...packets.map(
        (p, i) =>
          `- ${describe(p)}: ${results[i].line === null ? 'no entry matches → **deny** (implicit)' : `first match line ${results[i].line} → **${results[i].action}**`}`,
      ),
    ].join('\n');
    const question = matchingQuestion(
      variantId('acl-evaluation', seed),
      stem,
      explanation,
      packets.map((p, i) => ({ text: describe(p), match: results[i].action === 'permit' ? 0 : 1 })),
      ['permit', 'deny'],
    );
    const given = { kind, acl: lines, packets: packets.map(describe) };
    return { seed, stem, given, answer: { results }, explanation, question };
  },
  answerText: ({ answer }) => answer.results.map((r) => r.action).join(', '),
  /** permit or deny for each packet, in the order listed. */
  check(variant, text): CheckResult {
    const words = splitList(text.toLowerCase());
    const expected = variant.answer.results;
    if (words.length !== expected.length || !words.every((w) => w === 'permit' || w === 'deny')) {
      return { invalid: `write permit or deny for each of the ${expected.length} packets, in order, separated by commas` };
    }
    return { correct: words.every((w, i) => w === expected[i].action) };
  },
});
