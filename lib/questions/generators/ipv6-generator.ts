import { z } from 'zod';
import { askSchema, defineGenerator, type CheckResult } from './generator';
import { compressIpv6, expandIpv6, longestZeroRun, parseIpv6, sameGroups, type Groups } from './ipv6';
import { singleQuestion, textQuestion, variantId } from './question';
import { seededRandom, type Random } from './random';

const asks = ['compress', 'expand', 'network', 'eui-64', 'type'] as const;
type Ask = (typeof asks)[number];
export const addressTypes = ['global unicast', 'unique local', 'link-local', 'multicast', 'loopback', 'unspecified'] as const;
type AddressType = (typeof addressTypes)[number];

const params = z.strictObject({ ask: askSchema(asks) });

/** Zero groups are drawn often so that compressing has something to do. */
const group = (random: Random) => random.pick([0, 0, 0, random.int(1, 0xff), random.int(0, 0xffff)]);

const addressOfType: Record<AddressType, (random: Random) => Groups> = {
  'global unicast': (r) => [r.int(0x2000, 0x3fff), ...Array.from({ length: 7 }, () => group(r))],
  'unique local': (r) => [0xfd00 + r.int(0, 0xff), ...Array.from({ length: 7 }, () => group(r))],
  'link-local': (r) => [0xfe80, 0, 0, 0, ...Array.from({ length: 4 }, () => r.int(0, 0xffff))],
  multicast: (r) => [0xff00 + r.pick([0x02, 0x05, 0x0e, 0x12]), ...Array.from({ length: 7 }, () => group(r))],
  loopback: () => [0, 0, 0, 0, 0, 0, 0, 1],
  unspecified: () => [0, 0, 0, 0, 0, 0, 0, 0],
};

/** By the leading bits, as in RFC 4291 and RFC 4193. */
export function typeOf(g: Groups): AddressType {
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  if (g[0] >> 8 === 0xff) return 'multicast';
  if (g[0] >> 6 === 0xfe80 >> 6) return 'link-local';
  if (g[0] >> 9 === 0xfc00 >> 9) return 'unique local';
  return 'global unicast';
}

const typeWords: Record<string, AddressType> = {
  'global unicast': 'global unicast',
  gua: 'global unicast',
  global: 'global unicast',
  'unique local': 'unique local',
  ula: 'unique local',
  'link-local': 'link-local',
  'link local': 'link-local',
  lla: 'link-local',
  multicast: 'multicast',
  loopback: 'loopback',
  unspecified: 'unspecified',
};

/** Modified EUI-64: ff:fe in the middle of the MAC, and the universal/local bit (0x02 of the first byte) flipped. */
export function eui64(mac: number[]): Groups {
  const b = [mac[0] ^ 0x02, mac[1], mac[2], 0xff, 0xfe, mac[3], mac[4], mac[5]];
  return [0, 2, 4, 6].map((i) => (b[i] << 8) | b[i + 1]);
}

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

type Given = { ask: Ask; address?: string; mac?: string; network?: string };
type Answer = { type?: AddressType; compressed?: string; expanded?: string; network?: string; interfaceId?: string; address?: string };

export const ipv6 = defineGenerator<typeof params, Given, Answer>({
  params,
  generate({ ask: askable }, seed) {
    const random = seededRandom(seed);
    const ask: Ask = random.pick(askable);
    const id = variantId('ipv6', seed);
    if (ask === 'type') {
      const type = random.pick(addressTypes);
      const groups = addressOfType[type](random);
      const address = compressIpv6(groups);
      const stem = `What type of IPv6 address is **${address}**?`;
      const explanation = `Read the leading bits: ff00::/8 multicast, fe80::/10 link-local, fc00::/7 (in practice fd00::/8) unique local, 2000::/3 global unicast; ::1 is the loopback and :: the unspecified address. **${address}** is **${type}**.`;
      const question = singleQuestion(id, stem, explanation, [...addressTypes], addressTypes.indexOf(type));
      return { seed, stem, given: { address, ask }, answer: { type }, explanation, question };
    }
    if (ask === 'eui-64') {
      // A unicast MAC: the lowest bit of the first byte is 0.
      const mac = Array.from({ length: 6 }, (_, i) => random.int(0, 255) & (i === 0 ? 0xfe : 0xff));
      const prefix = addressOfType['global unicast'](random).slice(0, 4);
      const interfaceId = eui64(mac)
        .map((g) => g.toString(16))
        .join(':');
      const ciscoMac = [0, 2, 4].map((i) => hex2(mac[i]) + hex2(mac[i + 1])).join('.');
      const network = compressIpv6([...prefix, 0, 0, 0, 0]);
      const stem = `An interface with MAC address **${ciscoMac}** builds its address in **${network}/64** with EUI-64. What is its interface ID (the last 64 bits)?`;
      const explanation = `Split the MAC in half and insert FFFE: ${hex2(mac[0])}${hex2(mac[1])}.${hex2(mac[2])}ff.fe${hex2(mac[3])}.${hex2(mac[4])}${hex2(mac[5])}. Flip the 7th bit of the first byte: ${hex2(mac[0])} → ${hex2(mac[0] ^ 2)}. Interface ID: **${interfaceId}**, so the address is ${compressIpv6([...prefix, ...eui64(mac)])}.`;
      const question = textQuestion(id, stem, explanation, interfaceId);
      return {
        seed,
        stem,
        given: { mac: ciscoMac, network: `${network}/64`, ask },
        answer: { interfaceId, address: compressIpv6([...prefix, ...eui64(mac)]) },
        explanation,
        question,
      };
    }
    const groups = addressOfType[random.pick(['global unicast', 'unique local'] as const)](random);
    const answer = { compressed: compressIpv6(groups), expanded: expandIpv6(groups), network: `${compressIpv6([...groups.slice(0, 4), 0, 0, 0, 0])}/64` };
    const shown = ask === 'compress' ? answer.expanded : answer.compressed;
    const stem = {
      compress: `Write **${shown}** in its shortest form.`,
      expand: `Write **${shown}** in full: all eight groups of four hex digits.`,
      network: `What is the /64 network (prefix) of **${shown}**?`,
    }[ask];
    const run = longestZeroRun(groups);
    const explanation = {
      compress: `Drop the leading zeros of each group, then replace the longest run of all-zero groups${run.length ? ` (${run.length} groups from group ${run.start + 1})` : ' (there is none of two or more)'} with "::", once: **${answer.compressed}**.`,
      expand: `"::" stands for as many zero groups as are missing to make eight; then pad each group to four digits: **${answer.expanded}**.`,
      network: `A /64 keeps the first four groups (64 bits) and zeroes the interface ID: ${expandIpv6(groups.slice(0, 4).concat([0, 0, 0, 0]))}, written **${answer.network}**.`,
    }[ask];
    const accept = { compress: answer.compressed, expand: answer.expanded, network: answer.network }[ask];
    return { seed, stem, given: { address: shown, ask }, answer, explanation, question: textQuestion(id, stem, explanation, accept) };
  },
  answerText({ given: { ask }, answer }) {
    const key = ({ type: 'type', 'eui-64': 'interfaceId', compress: 'compressed', expand: 'expanded', network: 'network' } as const)[ask];
    return answer[key]!;
  },
  check(variant, text): CheckResult {
    const { ask } = variant.given;
    const answer = variant.answer as Required<Answer>;
    if (ask === 'type') {
      const type =
        typeWords[
          text
            .trim()
            .toLowerCase()
            .replace(/\s+/g, ' ')
            .replace(/ address$/, '')
        ];
      return type ? { correct: type === answer.type } : { invalid: `name a type: ${addressTypes.join(', ')}` };
    }
    if (ask === 'eui-64') {
      // Four groups, or fewer with "::": placed after a zero /64 they must make a whole address.
      const parsed = parseIpv6(`0:0:0:0:${text.trim()}`);
      if ('invalid' in parsed) return { invalid: 'not an interface ID (four groups of up to 4 hex digits, e.g. a8bb:ccff:fe00:1)' };
      return { correct: sameGroups(parsed.value, (parseIpv6(`0:0:0:0:${answer.interfaceId}`) as { value: Groups }).value) };
    }
    const trimmed = text.trim();
    const withoutPrefix = ask === 'network' ? trimmed.replace(/\/\s*64$/, '') : trimmed;
    const parsed = parseIpv6(withoutPrefix);
    if ('invalid' in parsed) return parsed;
    const expected = parseIpv6(ask === 'network' ? answer.network.replace('/64', '') : answer.compressed) as { value: Groups };
    const same = sameGroups(parsed.value, expected.value);
    if (ask === 'network' || !same) return { correct: same };
    return { correct: ask === 'expand' ? isFullForm(withoutPrefix) : isShortestForm(withoutPrefix, parsed.value) };
  },
});

const isFullForm = (text: string) => /^[0-9a-f]{4}(?::[0-9a-f]{4}){7}$/i.test(text);

/**
 * Any shortest form is right, in either case: no leading zeros, and "::" over a longest zero run.
 * RFC 5952 prefers the first of two equal runs, but RFC 4291 allows either, and so does the exam.
 */
function isShortestForm(text: string, groups: Groups) {
  const parts = text.split(/::|:/).filter(Boolean);
  if (parts.some((p) => p.length > 1 && p.startsWith('0'))) return false;
  const longest = longestZeroRun(groups).length;
  if (longest === 0) return !text.includes('::');
  return text.includes('::') && 8 - parts.length === longest;
}
