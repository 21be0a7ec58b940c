import { z } from 'zod';
import { askSchema, defineGenerator, rangeSchema, type CheckResult } from './generator';
import { blockSize, formatCidr, formatIpv4, maskOf, parseCidr, parseIpv4, parseMaskOrPrefix } from './ipv4';
import { textQuestion, variantId } from './question';
import { seededRandom } from './random';

const asks = ['prefix-for-subnets', 'prefix-for-hosts', 'kth-subnet'] as const;
type Ask = (typeof asks)[number];

/** The block's prefix; /29 at most so that a block can still be split into LAN subnets (/30 or shorter). */
const params = z.strictObject({ block: rangeSchema(8, 28).default([16, 26]), ask: askSchema(asks) });

const bitsFor = (n: number) => Math.ceil(Math.log2(n));

export const ipv4SubnetDesign = defineGenerator({
  params,
  generate({ block: [lo, hi], ask: askable }, seed) {
    const random = seededRandom(seed);
    const ask: Ask = random.pick(askable);
    const blockPrefix = random.int(lo, hi);
    const network = ((random.int(1, 223) * 2 ** 24 + random.int(0, 2 ** 24 - 1)) & maskOf(blockPrefix)) >>> 0;
    const blockCidr = formatCidr(network, blockPrefix);
    const id = variantId('ipv4-subnet-design', seed);
    const given = { block: blockCidr, ask } as { block: string; ask: Ask; subnets?: number; hosts?: number; subnetPrefix?: number; k?: number };
    let prefix: number;
    let stem: string;
    let steps: string;
    if (ask === 'prefix-for-subnets') {
      const bits = random.int(1, 30 - blockPrefix);
      const subnets = random.int(2 ** (bits - 1) + 1, 2 ** bits);
      prefix = blockPrefix + bitsFor(subnets);
      given.subnets = subnets;
      stem = `You must split **${blockCidr}** into at least **${subnets}** equal subnets, each as large as possible. Which prefix length do they get?`;
      steps = `Borrow the fewest subnet bits s with 2^s ≥ ${subnets}: s = ${bitsFor(subnets)} (2^${bitsFor(subnets)} = ${2 ** bitsFor(subnets)}). /${blockPrefix} + ${bitsFor(subnets)} = **/${prefix}**.`;
    } else if (ask === 'prefix-for-hosts') {
      // At least 3 hosts: 2 would also fit a /31 (RFC 3021), which would make two answers right.
      const hostBits = random.int(3, 32 - blockPrefix - 1);
      const hosts = random.int(Math.max(3, 2 ** (hostBits - 1) - 1), 2 ** hostBits - 2);
      prefix = 32 - bitsFor(hosts + 2);
      given.hosts = hosts;
      stem = `You must split **${blockCidr}** into as many equal LAN subnets as possible, each with at least **${hosts}** usable host addresses. Which prefix length do they get?`;
      steps = `Keep the fewest host bits h with 2^h − 2 ≥ ${hosts}: h = ${32 - prefix} (2^${32 - prefix} − 2 = ${blockSize(prefix) - 2}). 32 − ${32 - prefix} = **/${prefix}**, giving ${2 ** (prefix - blockPrefix)} subnets.`;
    } else {
      prefix = random.int(blockPrefix + 1, Math.min(30, blockPrefix + 12));
      const k = random.int(1, 2 ** (prefix - blockPrefix));
      given.subnetPrefix = prefix;
      given.k = k;
      stem = `**${blockCidr}** is split into /${prefix} subnets. Counting the first one (subnet zero) as number 1, what is subnet number **${k}**? Answer as network/prefix.`;
      steps = `Each /${prefix} is 2^(32 − ${prefix}) = ${blockSize(prefix)} addresses. Subnet ${k} starts (${k} − 1) × ${blockSize(prefix)} = ${(k - 1) * blockSize(prefix)} addresses after ${formatIpv4(network)}: **${formatCidr(network + (k - 1) * blockSize(prefix), prefix)}**.`;
    }
    const answer = {
      prefix,
      mask: formatIpv4(maskOf(prefix)),
      subnets: 2 ** (prefix - blockPrefix),
      hostsPerSubnet: blockSize(prefix) - 2,
      ...(given.k ? { subnet: formatCidr(network + (given.k - 1) * blockSize(prefix), prefix) } : {}),
    };
    const explanation = `${steps}\n\nMask /${prefix} = ${answer.mask}; ${answer.subnets} subnets of ${answer.hostsPerSubnet} usable hosts in ${blockCidr}.`;
    const question = textQuestion(id, stem, explanation, answer.subnet ?? `/${prefix}`);
    return { seed, stem, given, answer, explanation, question };
  },
  answerText: ({ answer }) => answer.subnet ?? `/${answer.prefix}`,
  check(variant, text): CheckResult {
    const { answer } = variant;
    if (!answer.subnet) {
      const prefix = parseMaskOrPrefix(text);
      return 'invalid' in prefix ? prefix : { correct: prefix.value === answer.prefix };
    }
    // The prefix is in the question, so the network address alone names the subnet too.
    const cidr = /[/\s]/.test(text.trim()) ? parseCidr(text) : parseIpv4(text);
    if ('invalid' in cidr) return cidr;
    const typed = typeof cidr.value === 'number' ? formatCidr(cidr.value, answer.prefix) : formatCidr(cidr.value.address, cidr.value.prefix);
    return { correct: typed === answer.subnet };
  },
});
