import { describe, expect, it } from 'vitest';
import { evaluateAcl, type Ace } from '@/lib/questions/generators/acl-evaluation';
import { ipv4SubnetFacts, subnetFacts } from '@/lib/questions/generators/ipv4-subnet-facts';
import { parseCidr, parseIpv4, parseMaskOrPrefix } from '@/lib/questions/generators/ipv4';
import { compressIpv6, expandIpv6, parseIpv6 } from '@/lib/questions/generators/ipv6';
import { eui64, ipv6, typeOf } from '@/lib/questions/generators/ipv6-generator';
import { parseNumber } from '@/lib/questions/generators/number-conversion';
import { selectRoute, type Route } from '@/lib/questions/generators/route-selection';
import { summarize } from '@/lib/questions/generators/route-summarization';
import { electStp } from '@/lib/questions/generators/stp';
import { allocateVlsm } from '@/lib/questions/generators/vlsm-allocation';
import type { Variant } from '@/lib/questions/generators/generator';
import { v4 } from './property';

const ip = v4;

describe('ipv4 subnet facts', () => {
  it('a /27 in 192.168.10.0/24: host .77 is in the third subnet', () => {
    expect(subnetFacts(ip('192.168.10.77'), 27)).toEqual({
      network: '192.168.10.64',
      broadcast: '192.168.10.95',
      firstHost: '192.168.10.65',
      lastHost: '192.168.10.94',
      usableHosts: 30,
      mask: '255.255.255.224',
    });
  });

  it('/31 (RFC 3021) has two hosts and no broadcast; /32 one host', () => {
    expect(subnetFacts(ip('10.0.0.5'), 31)).toMatchObject({
      network: '10.0.0.4',
      broadcast: null,
      firstHost: '10.0.0.4',
      lastHost: '10.0.0.5',
      usableHosts: 2,
    });
    expect(subnetFacts(ip('10.0.0.5'), 32)).toMatchObject({
      network: '10.0.0.5',
      broadcast: null,
      firstHost: '10.0.0.5',
      lastHost: '10.0.0.5',
      usableHosts: 1,
    });
  });

  it('reads masks in both notations and explains bad input', () => {
    expect(parseMaskOrPrefix('255.255.255.0')).toEqual({ value: 24 });
    expect(parseMaskOrPrefix(' /24 ')).toEqual({ value: 24 });
    expect(parseMaskOrPrefix('255.0.255.0')).toEqual({ invalid: '255.0.255.0 is not a valid subnet mask: its 1 bits are not contiguous' });
    expect(parseIpv4('192.168.1')).toEqual({ invalid: expect.stringContaining('not an IPv4 address') });
    expect(parseIpv4('192.168.1.300')).toEqual({ invalid: 'not an IPv4 address: 300 is more than 255' });
    expect(parseIpv4('192.168.001.007')).toEqual({ value: ip('192.168.1.7') });
    expect(parseIpv4('192.168.010.1')).toEqual({ invalid: expect.stringContaining('ambiguous') });
    expect(parseCidr('10.1.0.0 255.255.0.0')).toEqual({ value: { address: ip('10.1.0.0'), prefix: 16 } });
  });

  it('names the subnet that holds an address by network, with or without a matching prefix', () => {
    const variant = ipv4SubnetFacts.generate({ prefix: [26, 26], ask: ['which-subnet'] }, 9);
    const { network } = variant.answer;
    expect(ipv4SubnetFacts.check(variant, network)).toEqual({ correct: true });
    expect(ipv4SubnetFacts.check(variant, `${network} 255.255.255.192`)).toEqual({ correct: true });
    expect(ipv4SubnetFacts.check(variant, `${network}/27`)).toEqual({ correct: false });
  });

  it('asks the mask in dotted decimal and says so when given a prefix', () => {
    const variant = { ...ipv4SubnetFacts.generate({ prefix: [27, 27], ask: ['mask'] }, 5) };
    expect(ipv4SubnetFacts.check(variant, '255.255.255.224')).toEqual({ correct: true });
    expect(ipv4SubnetFacts.check(variant, '/27')).toEqual({ invalid: 'write the mask in dotted decimal, e.g. 255.255.255.0' });
  });
});

describe('vlsm', () => {
  it('192.168.1.0/24 for 50, 20, 10 and 2 hosts, largest first', () => {
    const plan = allocateVlsm(ip('192.168.1.0'), [
      { name: 'Voice', hosts: 20 },
      { name: 'Sales', hosts: 50 },
      { name: 'Link', hosts: 2 },
      { name: 'Guest', hosts: 10 },
    ]);
    expect(plan.map((s) => [s.name, s.subnet, s.broadcast])).toEqual([
      ['Sales', '192.168.1.0/26', '192.168.1.63'],
      ['Voice', '192.168.1.64/27', '192.168.1.95'],
      ['Guest', '192.168.1.96/28', '192.168.1.111'],
      ['Link', '192.168.1.112/30', '192.168.1.115'],
    ]);
  });
});

describe('summarization', () => {
  it('172.16.0.0/24 to 172.16.3.0/24 is exactly 172.16.0.0/22; adding 172.16.4.0/24 needs a /21', () => {
    const nets = [0, 1, 2, 3].map((i) => ({ address: ip(`172.16.${i}.0`), prefix: 24 }));
    expect(summarize(nets)).toEqual({ address: ip('172.16.0.0'), prefix: 22 });
    expect(summarize([...nets, { address: ip('172.16.4.0'), prefix: 24 }])).toEqual({ address: ip('172.16.0.0'), prefix: 21 });
  });
});

describe('ipv6', () => {
  it('compresses the longest zero run, the first on a tie', () => {
    const groups = (parseIpv6('2001:0db8:0000:0000:0001:0000:0000:0001') as { value: number[] }).value;
    expect(compressIpv6(groups)).toBe('2001:db8::1:0:0:1');
    expect(expandIpv6((parseIpv6('fe80::1') as { value: number[] }).value)).toBe('fe80:0000:0000:0000:0000:0000:0000:0001');
    expect(parseIpv6('1::2::3')).toEqual({ invalid: expect.stringContaining('"::" appears more than once') });
  });

  it('accepts either equal zero run for a compress question (RFC 4291), not a partly compressed form', () => {
    const variant: Variant = {
      seed: 0,
      stem: '',
      explanation: '',
      question: { id: 'x', type: 'text', stem: 's', explanation: 'e', accept: ['a'], difficulty: 'medium', tags: [] },
      given: { ask: 'compress', address: '2001:0db8:0000:0000:0001:0000:0000:0001' },
      answer: { compressed: '2001:db8::1:0:0:1' },
    };
    expect(ipv6.check(variant as never, '2001:DB8::1:0:0:1')).toEqual({ correct: true });
    expect(ipv6.check(variant as never, '2001:db8:0:0:1::1')).toEqual({ correct: true });
    expect(ipv6.check(variant as never, '2001:db8:0:0:1:0:0:1')).toEqual({ correct: false });
    expect(ipv6.check(variant as never, '2001:0db8::1:0:0:1')).toEqual({ correct: false });
    expect(ipv6.check(variant as never, '2001:db8::g')).toEqual({ invalid: expect.stringContaining('not an IPv6 address') });
  });

  it('EUI-64 from 0019.e86a.6f80 flips the U/L bit and inserts FFFE', () => {
    expect(eui64([0x00, 0x19, 0xe8, 0x6a, 0x6f, 0x80]).map((g) => g.toString(16))).toEqual(['219', 'e8ff', 'fe6a', '6f80']);
  });

  it('names address types by their leading bits', () => {
    const type = (a: string) => typeOf((parseIpv6(a) as { value: number[] }).value);
    expect([type('2001:db8::1'), type('fd12::1'), type('fe80::1'), type('ff02::1'), type('::1'), type('::')]).toEqual([
      'global unicast',
      'unique local',
      'link-local',
      'multicast',
      'loopback',
      'unspecified',
    ]);
  });
});

describe('number conversion', () => {
  it('reads every base with its own notations', () => {
    expect(parseNumber('1100 0000', 'binary')).toEqual({ value: 192 });
    expect(parseNumber('0xC0', 'hex')).toEqual({ value: 192 });
    expect(parseNumber('c0h', 'hex')).toEqual({ value: 192 });
    expect(parseNumber('0b', 'hex')).toEqual({ value: 11 });
    expect(parseNumber('102', 'binary')).toEqual({ invalid: 'not a binary number (use only 0 and 1)' });
  });
});

describe('route selection', () => {
  const route = (source: Route['source'], network: string, prefix: number, ad: number, metric: number, nextHop: string): Route => ({
    source,
    network,
    prefix,
    ad,
    metric,
    nextHop,
    interface: 'GigabitEthernet0/0',
  });
  const table = [
    route('static', '0.0.0.0', 0, 1, 0, '198.51.100.1'),
    route('ospf', '10.1.0.0', 16, 110, 20, '198.51.100.2'),
    route('eigrp', '10.1.1.0', 24, 90, 30720, '198.51.100.3'),
    route('ospf', '10.1.1.0', 24, 110, 2, '198.51.100.4'),
    route('floating-static', '10.1.1.0', 24, 200, 0, '198.51.100.5'),
    route('ospf', '10.1.1.128', 25, 110, 2, '198.51.100.6'),
  ];
  it('longest prefix first, then the lowest AD: EIGRP 90 beats OSPF 110 and the floating static', () => {
    expect(selectRoute(table, ip('10.1.1.5')).nextHop).toBe('198.51.100.3');
    expect(selectRoute(table, ip('10.1.1.200')).nextHop).toBe('198.51.100.6');
    expect(selectRoute(table, ip('10.1.2.1')).nextHop).toBe('198.51.100.2');
    expect(selectRoute(table, ip('192.0.2.1')).nextHop).toBe('198.51.100.1');
  });
});

describe('acl', () => {
  const ace = (action: Ace['action'], address: string, wildcard: string): Ace => ({
    action,
    protocol: 'ip',
    source: { address: ip(address), wildcard: ip(wildcard) },
    destination: { address: 0, wildcard: 0xffffffff },
    port: null,
  });
  it('first match decides, and nothing matched is denied', () => {
    const acl = [ace('deny', '10.1.1.0', '0.0.0.255'), ace('permit', '10.1.0.0', '0.0.255.255')];
    const from = (source: string) => evaluateAcl(acl, { protocol: 'tcp', source: ip(source), destination: ip('10.9.9.9'), port: 80 });
    expect(from('10.1.1.7')).toEqual({ action: 'deny', line: 1 });
    expect(from('10.1.2.7')).toEqual({ action: 'permit', line: 2 });
    expect(from('10.2.0.1')).toEqual({ action: 'deny', line: null });
  });
});

describe('stp', () => {
  it('a tie on priority goes to the lowest MAC; the tie on path cost to the lowest sender bridge ID', () => {
    // SW1, SW2 and SW3 keep the default priority; SW3 has the lowest MAC and becomes root.
    const switches = [
      { name: 'SW1', priority: 32768, mac: 0x00000000000c },
      { name: 'SW2', priority: 32768, mac: 0x00000000000b },
      { name: 'SW3', priority: 32768, mac: 0x00000000000a },
      { name: 'SW4', priority: 32768, mac: 0x00000000000d },
    ];
    const gi = (s: number, port: number) => ({ switch: s, port, kind: 'Gi' });
    // A square: SW3–SW1, SW3–SW2, SW1–SW4, SW2–SW4, all cost 4. SW4 reaches the root at cost 8 both ways.
    const links = [
      { a: gi(2, 1), b: gi(0, 1), speed: '1 Gbps', cost: 4 },
      { a: gi(2, 2), b: gi(1, 1), speed: '1 Gbps', cost: 4 },
      { a: gi(0, 2), b: gi(3, 1), speed: '1 Gbps', cost: 4 },
      { a: gi(1, 2), b: gi(3, 2), speed: '1 Gbps', cost: 4 },
    ];
    const { root, cost, ports } = electStp(switches, links, 1);
    expect(root).toBe(2);
    expect(cost).toEqual([4, 4, 0, 8]);
    expect(Object.fromEntries(ports.map((p) => [p.label, p.role]))).toEqual({
      'SW1 Gi0/1': 'root',
      'SW1 Gi0/2': 'designated', // cost 4 beats SW4's 8 on this link
      'SW2 Gi0/1': 'root',
      'SW2 Gi0/2': 'designated',
      'SW3 Gi0/1': 'designated',
      'SW3 Gi0/2': 'designated',
      'SW4 Gi0/1': 'blocked', // the loop is broken here
      'SW4 Gi0/2': 'root', // equal cost 8 both ways; SW2's bridge ID is lower than SW1's
    });
  });
});
