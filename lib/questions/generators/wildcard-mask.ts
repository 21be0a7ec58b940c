import { z } from 'zod';
import { askSchema, defineGenerator, rangeSchema, type CheckResult } from './generator';
import { blockSize, formatCidr, formatIpv4, maskOf, networkOf, parseIpv4, toBinary, wildcardOf } from './ipv4';
import { multipleQuestion, splitList, textQuestion, variantId } from './question';
import { seededRandom } from './random';

const asks = ['wildcard', 'matches'] as const;
const params = z.strictObject({ prefix: rangeSchema(8, 30).default([16, 30]), ask: askSchema(asks) });

type Given = { network: string; ask: (typeof asks)[number]; prefix?: number; wildcard?: string; candidates?: string[] };
type Answer = { wildcard: string; matching?: string[] };

export const wildcardMask = defineGenerator<typeof params, Given, Answer>({
  params,
  generate({ prefix: [lo, hi], ask: askable }, seed) {
    const random = seededRandom(seed);
    const ask = random.pick(askable);
    const prefix = random.int(lo, hi);
    const network = networkOf((random.int(1, 223) * 2 ** 24 + random.int(0, 2 ** 24 - 1)) >>> 0, prefix);
    const wildcard = formatIpv4(wildcardOf(prefix));
    const size = blockSize(prefix);
    const last = formatIpv4(network + size - 1);
    const id = variantId('wildcard-mask', seed);
    const steps = `The wildcard is the inverse of the mask: 255.255.255.255 − ${formatIpv4(maskOf(prefix))} = **${wildcard}**. A 0 bit must match, a 1 bit is ignored:\n\n\`\`\`\naddress   ${toBinary(network)}\nwildcard  ${toBinary(wildcardOf(prefix))}\n\`\`\`\n\nIt matches ${formatIpv4(network)} to ${last} (${size} addresses).`;
    if (ask === 'wildcard') {
      // The same block asked as a network or as a range of addresses: both are one wildcard.
      const asRange = random.int(0, 1) === 1;
      const stem = asRange
        ? `Which wildcard mask, used with ${formatIpv4(network)}, matches exactly the addresses **${formatIpv4(network)}** to **${last}**?`
        : `Which wildcard mask matches the network **${formatCidr(network, prefix)}** in an ACL?`;
      const given = { network: formatIpv4(network), prefix, ask };
      return { seed, stem, given, answer: { wildcard }, explanation: steps, question: textQuestion(id, stem, steps, wildcard) };
    }
    // Two or three addresses inside, the rest just outside either edge: off-by-one mistakes pick those.
    const inside = random.int(2, 3);
    const insideAddresses = new Set<number>();
    while (insideAddresses.size < inside) insideAddresses.add(network + random.int(0, size - 1));
    const outside = [network - 1, network + size, network + size + random.int(0, size - 1), network - 1 - random.int(0, size - 1)].filter(
      (a) => a >= 0 && a < 2 ** 32,
    );
    const candidates = random.shuffle([...insideAddresses, ...new Set(outside)].slice(0, 5));
    const matching = candidates.filter((a) => insideAddresses.has(a)).map(formatIpv4);
    const texts = candidates.map(formatIpv4);
    const stem = `An ACL entry reads \`${formatIpv4(network)} ${wildcard}\`. Which of these addresses does it match? (Choose ${matching.length}.)`;
    const question = multipleQuestion(
      id,
      stem,
      steps,
      texts,
      candidates.flatMap((a, i) => (insideAddresses.has(a) ? [i] : [])),
    );
    return {
      seed,
      stem,
      given: { network: formatIpv4(network), wildcard, candidates: texts, ask },
      answer: { wildcard, matching },
      explanation: steps,
      question,
    };
  },
  answerText: ({ given, answer }) => (given.ask === 'wildcard' ? answer.wildcard : answer.matching!.join(', ')),
  check(variant, text): CheckResult {
    if (variant.given.ask === 'wildcard') {
      const parsed = parseIpv4(text);
      return 'invalid' in parsed ? parsed : { correct: formatIpv4(parsed.value) === variant.answer.wildcard };
    }
    const typed = splitList(text).map(parseIpv4);
    const bad = typed.find((t) => 'invalid' in t);
    if (bad && 'invalid' in bad) return bad;
    if (typed.length === 0) return { invalid: 'list the matching addresses, separated by commas' };
    const set = new Set(typed.map((t) => ('value' in t ? formatIpv4(t.value) : '')));
    const expected = variant.answer.matching ?? [];
    return { correct: set.size === expected.length && expected.every((a) => set.has(a)) };
  },
});
