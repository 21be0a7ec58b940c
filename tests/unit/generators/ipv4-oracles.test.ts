import { test } from '@fast-check/vitest';
import ipaddr from 'ipaddr.js';
import { describe, expect } from 'vitest';
import { parseParams } from '@/lib/questions/generators/generator';
import { ipv4SubnetDesign } from '@/lib/questions/generators/ipv4-subnet-design';
import { ipv4SubnetFacts } from '@/lib/questions/generators/ipv4-subnet-facts';
import { routeSummarization } from '@/lib/questions/generators/route-summarization';
import { vlsmAllocation } from '@/lib/questions/generators/vlsm-allocation';
import { wildcardMask } from '@/lib/questions/generators/wildcard-mask';
import { correctText, expectUnambiguous, inCidr, runs, seeds, v4, v4Text } from './property';

describe('ipv4-subnet-facts against ipaddr.js', () => {
  const params = parseParams(ipv4SubnetFacts, {});
  test.prop([seeds], runs)('every answer field', (seed) => {
    const v = ipv4SubnetFacts.generate(params, seed);
    const { address, prefix } = v.given;
    const cidr = `${address}/${prefix}`;
    const network = v4(ipaddr.IPv4.networkAddressFromCIDR(cidr).toString());
    const broadcast = v4(ipaddr.IPv4.broadcastAddressFromCIDR(cidr).toString());
    expect(v.answer.network).toBe(v4Text(network));
    expect(v.answer.mask).toBe(ipaddr.IPv4.subnetMaskFromPrefixLength(prefix).toString());
    if (prefix <= 30) {
      expect(v.answer).toMatchObject({
        broadcast: v4Text(broadcast),
        firstHost: v4Text(network + 1),
        lastHost: v4Text(broadcast - 1),
        usableHosts: broadcast - network - 1,
      });
    } else {
      // RFC 3021 /31: both addresses are hosts; /32: the one address.
      expect(v.answer).toMatchObject({ broadcast: null, firstHost: v4Text(network), lastHost: v4Text(broadcast), usableHosts: broadcast - network + 1 });
    }
    const question = expectUnambiguous(v);
    if (question.type === 'single') {
      for (const o of question.options) expect(inCidr(address, o.text)).toBe(o.id === question.answer);
    }
    if (question.type !== 'numeric') expect(ipv4SubnetFacts.check(v, ` ${correctText(question)} `)).toEqual({ correct: true });
    else expect(ipv4SubnetFacts.check(v, String(v.answer.usableHosts))).toEqual({ correct: true });
  });
});

describe('ipv4-subnet-design against a search over prefixes', () => {
  const params = parseParams(ipv4SubnetDesign, {});
  test.prop([seeds], runs)('prefix and k-th subnet', (seed) => {
    const v = ipv4SubnetDesign.generate(params, seed);
    const [blockAddress, blockPrefix] = ipaddr.IPv4.parseCIDR(v.given.block);
    const lengths = Array.from({ length: 33 - blockPrefix }, (_, i) => blockPrefix + i);
    if (v.given.subnets !== undefined) expect(v.answer.prefix).toBe(lengths.find((q) => 2 ** (q - blockPrefix) >= v.given.subnets!));
    if (v.given.hosts !== undefined) expect(v.answer.prefix).toBe(lengths.filter((q) => q <= 30 && 2 ** (32 - q) - 2 >= v.given.hosts!).at(-1));
    if (v.given.k !== undefined) {
      let start = v4(blockAddress.toString());
      for (let i = 1; i < v.given.k; i++) start += 2 ** (32 - v.given.subnetPrefix!);
      expect(v.answer.subnet).toBe(`${v4Text(start)}/${v.given.subnetPrefix}`);
      expect(inCidr(v4Text(start), v.given.block)).toBe(true);
      expect(ipv4SubnetDesign.check(v, v4Text(start))).toEqual({ correct: true });
      expect(ipv4SubnetDesign.check(v, `${v4Text(start)} ${ipaddr.IPv4.subnetMaskFromPrefixLength(v.given.subnetPrefix!)}`)).toEqual({ correct: true });
    } else {
      for (const notation of [`/${v.answer.prefix}`, String(v.answer.prefix), ipaddr.IPv4.subnetMaskFromPrefixLength(v.answer.prefix).toString()]) {
        expect(ipv4SubnetDesign.check(v, notation)).toEqual({ correct: true });
      }
      expect(ipv4SubnetDesign.check(v, `/${v.answer.prefix - 1}`)).toEqual({ correct: false });
    }
  });
});

/** The dumb plan: for each LAN, largest first, the first aligned free block, found by walking addresses one by one. */
function bruteForceVlsm(block: string, requirements: { name: string; hosts: number }[]) {
  const [address, prefix] = ipaddr.IPv4.parseCIDR(block);
  const start = v4(address.toString());
  const used = new Set<number>();
  const plan = new Map<string, string>();
  for (const r of [...requirements].sort((a, b) => b.hosts - a.hosts)) {
    let size = 1;
    while (size - 2 < r.hosts) size *= 2;
    for (let at = start; at < start + 2 ** (32 - prefix); at++) {
      if (at % size !== 0) continue;
      let free = true;
      for (let a = at; a < at + size && free; a++) free = !used.has(a);
      if (!free) continue;
      for (let a = at; a < at + size; a++) used.add(a);
      plan.set(r.name, `${v4Text(at)}/${32 - Math.log2(size)}`);
      break;
    }
  }
  return plan;
}

describe('vlsm-allocation against a brute-force plan', () => {
  const params = parseParams(vlsmAllocation, { block: [20, 25] });
  test.prop([seeds], runs)('each subnet', (seed) => {
    const v = vlsmAllocation.generate(params, seed);
    const plan = bruteForceVlsm(v.given.block, v.given.requirements);
    expect(v.answer.subnets.map((s) => [s.name, s.subnet])).toEqual(v.given.requirements.map((r) => [r.name, plan.get(r.name)]));
    for (const s of v.answer.subnets) {
      expect(inCidr(s.broadcast, s.subnet) && inCidr(s.firstHost, s.subnet) && inCidr(s.lastHost, s.subnet)).toBe(true);
      expect(v4(ipaddr.IPv4.broadcastAddressFromCIDR(s.subnet).toString())).toBe(v4(s.broadcast));
    }
    const question = expectUnambiguous(v);
    if (question.type !== 'matching') throw new Error('expected matching');
    question.prompts.forEach((p, i) => expect(question.choices.find((c) => c.id === p.match)!.text).toBe(v.answer.subnets[i].subnet));
    expect(vlsmAllocation.check(v, v.answer.subnets.map((s) => s.subnet).join(',\n '))).toEqual({ correct: true });
    expect(
      vlsmAllocation.check(
        v,
        [...v.answer.subnets]
          .reverse()
          .map((s) => s.subnet)
          .join(','),
      ),
    ).toEqual({ correct: false });
  });
});

/** The longest prefix whose network holds every address of every network, tried from /32 down. */
function bruteForceSummary(networks: string[]) {
  for (let prefix = 32; prefix >= 0; prefix--) {
    const candidate = `${ipaddr.IPv4.networkAddressFromCIDR(`${networks[0].split('/')[0]}/${prefix}`)}/${prefix}`;
    const holdsAll = networks.every(
      (n) => inCidr(ipaddr.IPv4.networkAddressFromCIDR(n).toString(), candidate) && inCidr(ipaddr.IPv4.broadcastAddressFromCIDR(n).toString(), candidate),
    );
    if (holdsAll) return { summary: candidate, prefix };
  }
  throw new Error('unreachable: /0 holds everything');
}

describe('route-summarization against a brute-force search', () => {
  const params = parseParams(routeSummarization, {});
  test.prop([seeds], runs)('summary and over-covering', (seed) => {
    const v = routeSummarization.generate(params, seed);
    const { summary, prefix } = bruteForceSummary(v.given.networks);
    expect(v.answer.summary).toBe(summary);
    const covered = v.given.networks.reduce((sum, n) => sum + 2 ** (32 - Number(n.split('/')[1])), 0);
    expect(v.answer.overCovers).toBe(2 ** (32 - prefix) > covered);
    expectUnambiguous(v);
    const [address] = summary.split('/');
    expect(routeSummarization.check(v, `${address} ${ipaddr.IPv4.subnetMaskFromPrefixLength(prefix)}`)).toEqual(
      v.given.ask === 'summary' ? { correct: true } : { invalid: 'answer yes or no' },
    );
  });
});

describe('wildcard-mask against ipaddr.js', () => {
  const params = parseParams(wildcardMask, {});
  test.prop([seeds], runs)('wildcard and the addresses it matches', (seed) => {
    const v = wildcardMask.generate(params, seed);
    const mask = ipaddr.IPv4.parse(v.answer.wildcard)
      .toByteArray()
      .map((b) => 255 - b)
      .join('.');
    const prefix = ipaddr.IPv4.parse(mask).prefixLengthFromSubnetMask()!;
    expect(prefix).not.toBeNull();
    if (v.given.ask === 'wildcard') {
      expect(prefix).toBe(v.given.prefix);
      expect(wildcardMask.check(v, v.answer.wildcard)).toEqual({ correct: true });
    } else {
      const cidr = `${v.given.network}/${prefix}`;
      expect(v.answer.matching).toEqual(v.given.candidates!.filter((a) => inCidr(a, cidr)));
      expect(v.answer.matching!.length).toBeGreaterThanOrEqual(2);
      expect(wildcardMask.check(v, [...v.answer.matching!].reverse().join(', '))).toEqual({ correct: true });
      expect(wildcardMask.check(v, v.given.candidates!.join(', '))).toEqual({ correct: false });
    }
    expectUnambiguous(v);
  });
});
