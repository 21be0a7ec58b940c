import { z } from 'zod';
import { askSchema, defineGenerator, rangeSchema, type CheckResult } from './generator';
import { blockSize, formatCidr, formatIpv4, maskOf, networkOf, parseCidr, toBinary } from './ipv4';
import { singleQuestion, textQuestion, variantId } from './question';
import { seededRandom } from './random';

const asks = ['summary', 'over-covers'] as const;
const params = z.strictObject({ prefix: rangeSchema(12, 30).default([16, 28]), networks: rangeSchema(2, 8).default([2, 4]), ask: askSchema(asks) });

/** The longest prefix whose network holds every given network: the bits they all share. */
export function summarize(networks: { address: number; prefix: number }[]) {
  const first = Math.min(...networks.map((n) => n.address));
  const last = Math.max(...networks.map((n) => n.address + blockSize(n.prefix) - 1));
  const differing = (first ^ last) >>> 0;
  const prefix = Math.min(differing === 0 ? 32 : Math.clz32(differing), ...networks.map((n) => n.prefix));
  return { address: networkOf(first, prefix), prefix };
}

type Given = { networks: string[]; ask: (typeof asks)[number] };

export const routeSummarization = defineGenerator<typeof params, Given, { summary: string; overCovers: boolean }>({
  params,
  generate({ prefix: [lo, hi], networks: [minCount, maxCount], ask: askable }, seed) {
    const random = seededRandom(seed);
    const ask = random.pick(askable);
    const prefix = random.int(lo, hi);
    const count = random.int(minCount, maxCount);
    // Components come from a range 1–3 bits wider than they need, so some summaries over-cover.
    const spread = Math.min(prefix - 8, Math.ceil(Math.log2(count)) + random.int(0, 2));
    const base = networkOf((random.int(1, 223) * 2 ** 24 + random.int(0, 2 ** 24 - 1)) >>> 0, prefix - spread);
    const picked = random.sample([...Array(2 ** spread).keys()], count).sort((a, b) => a - b);
    const components = picked.map((i) => ({ address: base + i * blockSize(prefix), prefix }));
    const summary = summarize(components);
    const overCovers = blockSize(summary.prefix) > count * blockSize(prefix);
    const networks = components.map((n) => formatCidr(n.address, n.prefix));
    const answer = { summary: formatCidr(summary.address, summary.prefix), overCovers };
    const list = networks.map((n) => `- ${n}`).join('\n');
    const explanation = [
      'Write the networks in binary and count the leading bits they all share:',
      '',
      '```',
      ...components.map((n) => `${toBinary(n.address)}  ${formatCidr(n.address, n.prefix)}`),
      '```',
      '',
      `They share the first **${summary.prefix}** bits, so the summary is **${answer.summary}** (mask ${formatIpv4(maskOf(summary.prefix))}).`,
      `It spans ${blockSize(summary.prefix)} addresses; the networks hold ${count} × ${blockSize(prefix)} = ${count * blockSize(prefix)}, so it ${overCovers ? '**over-covers**: it also matches addresses of networks not listed' : 'covers **exactly** these networks'}.`,
    ].join('\n');
    const id = variantId('route-summarization', seed);
    if (ask === 'over-covers') {
      const stem = `The smallest single summary for these networks is ${answer.summary}:\n\n${list}\n\nDoes it cover addresses outside them?`;
      const question = singleQuestion(id, stem, explanation, ['Yes, it over-covers', 'No, it covers exactly these networks'], overCovers ? 0 : 1);
      return { seed, stem, given: { networks, ask }, answer, explanation, question };
    }
    const stem = `What is the smallest single summary route that covers all of these networks?\n\n${list}`;
    return { seed, stem, given: { networks, ask }, answer, explanation, question: textQuestion(id, stem, explanation, answer.summary) };
  },
  answerText: ({ given, answer }) => (given.ask === 'over-covers' ? (answer.overCovers ? 'yes' : 'no') : answer.summary),
  check(variant, text): CheckResult {
    if (variant.given.ask === 'over-covers') {
      const word = text.trim().toLowerCase();
      if (['yes', 'y', 'true'].includes(word)) return { correct: variant.answer.overCovers };
      if (['no', 'n', 'false'].includes(word)) return { correct: !variant.answer.overCovers };
      return { invalid: 'answer yes or no' };
    }
    const parsed = parseCidr(text);
    return 'invalid' in parsed ? parsed : { correct: formatCidr(parsed.value.address, parsed.value.prefix) === variant.answer.summary };
  },
});
