import { z } from 'zod';
import { askSchema, defineGenerator, rangeSchema, type CheckResult } from './generator';
import { blockSize, broadcastOf, formatCidr, formatIpv4, maskOf, networkOf, parseCidr, parseCount, parseIpv4, parseMaskOrPrefix, toBinary } from './ipv4';
import { numericQuestion, singleQuestion, textQuestion, variantId } from './question';
import { seededRandom } from './random';

const asks = ['network', 'broadcast', 'first-host', 'last-host', 'usable-hosts', 'mask', 'prefix', 'which-subnet'] as const;
type Ask = (typeof asks)[number];

/** Class A–C space without loopback: the addresses exam questions use. */
const unicastFirstOctets = [...Array(223).keys()].map((i) => i + 1).filter((o) => o !== 127);

const params = z.strictObject({ prefix: rangeSchema(8, 32).default([8, 32]), ask: askSchema(asks) });

/** /31 (RFC 3021, point-to-point) and /32 (one host) have no broadcast: both /31 addresses are hosts. */
export function subnetFacts(address: number, prefix: number) {
  const network = networkOf(address, prefix);
  const last = broadcastOf(address, prefix);
  const pointToPoint = prefix >= 31;
  return {
    network: formatIpv4(network),
    broadcast: pointToPoint ? null : formatIpv4(last),
    firstHost: formatIpv4(pointToPoint ? network : network + 1),
    lastHost: formatIpv4(pointToPoint ? last : last - 1),
    usableHosts: prefix === 32 ? 1 : prefix === 31 ? 2 : blockSize(prefix) - 2,
    mask: formatIpv4(maskOf(prefix)),
  };
}

const questionText: Record<Ask, (cidr: string, prefix: number, mask: string) => string> = {
  network: (cidr) => `What is the network address of the subnet that holds **${cidr}**?`,
  broadcast: (cidr) => `What is the broadcast address of the subnet that holds **${cidr}**?`,
  'first-host': (cidr) => `What is the first usable host address of the subnet that holds **${cidr}**?`,
  'last-host': (cidr) => `What is the last usable host address of the subnet that holds **${cidr}**?`,
  'usable-hosts': (cidr) => `How many usable host addresses does the subnet of **${cidr}** have?`,
  mask: (_, prefix) => `Write the prefix length **/${prefix}** as a dotted-decimal subnet mask.`,
  prefix: (_, __, mask) => `Write the subnet mask **${mask}** as a prefix length.`,
  'which-subnet': (cidr) => `Which subnet holds the address in **${cidr}**?`,
};

const answerKey = { network: 'network', broadcast: 'broadcast', 'first-host': 'firstHost', 'last-host': 'lastHost' } as const;

type Given = { address: string; prefix: number; ask: Ask };
type Answer = ReturnType<typeof subnetFacts> & { prefix: number };

export const ipv4SubnetFacts = defineGenerator<typeof params, Given, Answer>({
  params,
  generate({ prefix: [lo, hi], ask: askable }, seed) {
    const random = seededRandom(seed);
    const prefix = random.int(lo, hi);
    const firstOctet = random.pick(unicastFirstOctets);
    const address = (firstOctet * 2 ** 24 + random.int(0, 2 ** 24 - 1)) >>> 0;
    // A /31 or /32 has no broadcast to ask for.
    const possible = prefix >= 31 ? askable.filter((a) => a !== 'broadcast') : askable;
    const ask: Ask = random.pick(possible.length ? possible : ['network']);
    const answer = { ...subnetFacts(address, prefix), prefix };
    const cidr = `${formatIpv4(address)}/${prefix}`;
    const stem = questionText[ask](cidr, prefix, answer.mask);
    const id = variantId('ipv4-subnet-facts', seed);
    const explanation = explain(address, prefix, answer);
    if (ask === 'usable-hosts')
      return {
        seed,
        stem,
        given: { address: formatIpv4(address), prefix, ask },
        answer,
        explanation,
        question: numericQuestion(id, stem, explanation, answer.usableHosts),
      };
    if (ask === 'which-subnet') {
      const network = networkOf(address, prefix);
      const size = blockSize(prefix);
      const offsets = random.sample(
        [-3, -2, -1, 1, 2, 3].filter((k) => network + k * size >= 0 && network + k * size + size <= 2 ** 32),
        3,
      );
      const choices = random.shuffle([0, ...offsets]);
      const texts = choices.map((k) => formatCidr(network + k * size, prefix));
      return {
        seed,
        stem,
        given: { address: formatIpv4(address), prefix, ask },
        answer,
        explanation,
        question: singleQuestion(id, stem, explanation, texts, choices.indexOf(0)),
      };
    }
    const accept = ask === 'mask' ? answer.mask : ask === 'prefix' ? `/${prefix}` : (answer[answerKey[ask]] as string);
    return { seed, stem, given: { address: formatIpv4(address), prefix, ask }, answer, explanation, question: textQuestion(id, stem, explanation, accept) };
  },
  answerText({ given: { ask }, answer }) {
    if (ask === 'usable-hosts') return String(answer.usableHosts);
    if (ask === 'mask') return answer.mask;
    if (ask === 'prefix') return `/${answer.prefix}`;
    if (ask === 'which-subnet') return `${answer.network}/${answer.prefix}`;
    return answer[answerKey[ask]] as string;
  },
  check(variant, text): CheckResult {
    const { ask, prefix } = variant.given;
    const { answer } = variant;
    if (ask === 'usable-hosts') {
      const n = parseCount(text);
      return 'invalid' in n ? n : { correct: n.value === answer.usableHosts };
    }
    if (ask === 'mask' || ask === 'prefix') {
      // The notation is what these two ask for, so the other notation is pointed out rather than accepted.
      const trimmed = text.trim();
      if (ask === 'mask' && /^\/?\d{1,2}$/.test(trimmed)) return { invalid: 'write the mask in dotted decimal, e.g. 255.255.255.0' };
      if (ask === 'prefix' && trimmed.includes('.')) return { invalid: 'write the prefix length, e.g. /24' };
      const parsed = parseMaskOrPrefix(trimmed);
      return 'invalid' in parsed ? parsed : { correct: parsed.value === prefix };
    }
    if (ask === 'which-subnet') {
      // The prefix is in the question, so the network address alone names the subnet; a written prefix must agree.
      const parsed = /[/\s]/.test(text.trim()) ? parseCidr(text) : parseIpv4(text);
      if ('invalid' in parsed) return parsed;
      const { address, prefix: typed } = typeof parsed.value === 'number' ? { address: parsed.value, prefix } : parsed.value;
      return { correct: typed === prefix && formatIpv4(address) === answer.network };
    }
    const parsed = parseIpv4(text);
    return 'invalid' in parsed ? parsed : { correct: formatIpv4(parsed.value) === answer[answerKey[ask]] };
  },
});

function explain(address: number, prefix: number, a: ReturnType<typeof subnetFacts>) {
  const mask = maskOf(prefix);
  const network = networkOf(address, prefix);
  const lines = [
    `The mask /${prefix} is **${a.mask}**: ${prefix} one bits. AND the address with the mask to get the network:`,
    '',
    '```',
    `address  ${toBinary(address)}  ${formatIpv4(address)}`,
    `mask     ${toBinary(mask)}  ${a.mask}`,
    `AND      ${toBinary(network)}  ${a.network}`,
    '```',
    '',
    `Block size: 2^(32 − ${prefix}) = ${blockSize(prefix)} addresses, from ${a.network} to ${formatIpv4(broadcastOf(address, prefix))}.`,
  ];
  if (prefix === 32) lines.push('', 'A /32 is a single host route: the one address is the only usable host, with no network or broadcast of its own.');
  else if (prefix === 31) lines.push('', 'A /31 is a point-to-point link (RFC 3021): both addresses are usable hosts and there is no broadcast.');
  else
    lines.push(
      '',
      `Broadcast: the last address, **${a.broadcast}**. Hosts: **${a.firstHost}** to **${a.lastHost}**, 2^${32 - prefix} − 2 = **${a.usableHosts}** usable.`,
    );
  return lines.join('\n');
}
