import { z } from 'zod';
import { defineGenerator, rangeSchema, type CheckResult } from './generator';
import { blockSize, formatCidr, formatIpv4, maskOf, parseCidr } from './ipv4';
import { matchingQuestion, variantId } from './question';
import { seededRandom } from './random';

const lanNames = ['Sales', 'Engineering', 'Support', 'Finance', 'Guest', 'Voice', 'Servers', 'Management'];

/** /25 at most: a smaller block has too few distinct LAN sizes for six LANs. */
const params = z.strictObject({ block: rangeSchema(8, 25).default([20, 24]), lans: rangeSchema(2, 6).default([3, 5]) });

/** The smallest LAN prefix with room for `hosts` plus network and broadcast. */
export const prefixForHosts = (hosts: number) => 32 - Math.ceil(Math.log2(hosts + 2));

/** Largest requirement first, each in the smallest subnet that fits, at the next free address. */
export function allocateVlsm(block: number, requirements: { name: string; hosts: number }[]) {
  let next = block;
  // Distinct host counts make "largest first" a single order.
  return [...requirements]
    .sort((a, b) => b.hosts - a.hosts)
    .map(({ name, hosts }) => {
      const size = blockSize(prefixForHosts(hosts));
      const subnet = {
        name,
        hosts,
        subnet: formatCidr(next, prefixForHosts(hosts)),
        firstHost: formatIpv4(next + 1),
        lastHost: formatIpv4(next + size - 2),
        broadcast: formatIpv4(next + size - 1),
      };
      next += size;
      return subnet;
    });
}

export const vlsmAllocation = defineGenerator({
  params,
  generate({ block: [lo, hi], lans: [minLans, maxLans] }, seed) {
    const random = seededRandom(seed);
    const blockPrefix = random.int(lo, hi);
    const count = random.int(minLans, maxLans);
    const block = ((random.int(1, 223) * 2 ** 24 + random.int(0, 2 ** 24 - 1)) & maskOf(blockPrefix)) >>> 0;
    // Each LAN fits a share of at most 1/count of the block (rounded down to a power of two), so the plan always fits.
    const largest = 2 ** Math.floor(Math.log2(blockSize(blockPrefix) / count)) - 2;
    const hostCounts = new Set<number>();
    while (hostCounts.size < count) hostCounts.add(random.int(2, Math.min(largest, 4094)));
    const hosts = [...hostCounts];
    const requirements = random.sample(lanNames, count).map((name, i) => ({ name, hosts: hosts[i] }));
    const subnets = allocateVlsm(block, requirements);
    const inOrder = requirements.map((r) => subnets.find((s) => s.name === r.name)!);
    const blockCidr = formatCidr(block, blockPrefix);
    const list = requirements.map((r) => `- ${r.name}: ${r.hosts} hosts`).join('\n');
    const stem = `Allocate **${blockCidr}** with VLSM, largest requirement first, each subnet the smallest that fits and placed at the next free address:\n\n${list}\n\nWhich subnet does each LAN get?`;
    const explanation = [
      'Sort by hosts, largest first; each LAN needs 2^h − 2 ≥ hosts, and its subnet starts where the previous one ended:',
      '',
      ...subnets.map(
        (s) =>
          `- ${s.name} (${s.hosts} hosts): 2^${32 - prefixForHosts(s.hosts)} − 2 = ${2 ** (32 - prefixForHosts(s.hosts)) - 2} ≥ ${s.hosts} → **${s.subnet}** (hosts ${s.firstHost}–${s.lastHost}, broadcast ${s.broadcast})`,
      ),
    ].join('\n');
    // Decoys: the same subnets placed smallest first, a common wrong order; kept only where they differ from every right answer.
    const right = new Set(subnets.map((s) => s.subnet));
    let wrongNext = block;
    const decoys = [...subnets].reverse().map((s) => {
      const prefix = prefixForHosts(s.hosts);
      const aligned = Math.ceil(wrongNext / blockSize(prefix)) * blockSize(prefix);
      wrongNext = aligned + blockSize(prefix);
      return formatCidr(aligned, prefix);
    });
    const choices = random.shuffle([...right, ...new Set(decoys.filter((d) => !right.has(d)))]);
    const question = matchingQuestion(
      variantId('vlsm-allocation', seed),
      stem,
      explanation,
      inOrder.map((s) => ({ text: `${s.name} (${s.hosts} hosts)`, match: choices.indexOf(s.subnet) })),
      choices,
    );
    return { seed, stem, given: { block: blockCidr, requirements }, answer: { subnets: inOrder }, explanation, question };
  },
  answerText: ({ answer }) => answer.subnets.map((s) => s.subnet).join(', '),
  /** One subnet per LAN, in the order the LANs are listed, separated by commas or new lines. */
  check(variant, text): CheckResult {
    const typed = text
      .split(/[,;\n]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const expected = variant.answer.subnets;
    if (typed.length !== expected.length) return { invalid: `write ${expected.length} subnets, one per LAN in the order listed, separated by commas` };
    const parsed = typed.map(parseCidr);
    const bad = parsed.find((p) => 'invalid' in p);
    if (bad && 'invalid' in bad) return bad;
    return { correct: parsed.every((p, i) => 'value' in p && formatCidr(p.value.address, p.value.prefix) === expected[i].subnet) };
  },
});
