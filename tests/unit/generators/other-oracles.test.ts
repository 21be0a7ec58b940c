import { test } from '@fast-check/vitest';
import ipaddr from 'ipaddr.js';
import { describe, expect } from 'vitest';
import { parseParams } from '@/lib/questions/generators/generator';
import { ipv6 } from '@/lib/questions/generators/ipv6-generator';
import { numberConversion } from '@/lib/questions/generators/number-conversion';
import { routeSelection, type Route } from '@/lib/questions/generators/route-selection';
import { correctText, expectUnambiguous, inCidr, runs, seeds } from './property';

describe('number-conversion against the built-in parsers', () => {
  const params = parseParams(numberConversion, {});
  test.prop([seeds], runs)('all three bases and every notation', (seed) => {
    const v = numberConversion.generate(params, seed);
    const { decimal, binary, hex } = v.answer;
    expect(Number(`0b${binary.replace(/ /g, '')}`)).toBe(decimal);
    expect(Number(`0x${hex}`)).toBe(decimal);
    expect(binary.replace(/ /g, '')).toHaveLength(v.given.bits);
    const notations = {
      decimal: [String(decimal), ` 00${decimal} `],
      binary: [decimal.toString(2), `0b${decimal.toString(2)}`, binary],
      hex: [hex.toLowerCase(), `0x${hex}`, `${decimal.toString(16)}h`],
    }[v.given.to];
    for (const n of notations) expect(numberConversion.check(v, n)).toEqual({ correct: true });
    expect(
      numberConversion.check(
        v,
        String(decimal + 1) === notations[0] ? '0' : (decimal + 1).toString(v.given.to === 'hex' ? 16 : v.given.to === 'binary' ? 2 : 10),
      ),
    ).toEqual({ correct: false });
  });
});

const types: Record<string, string[]> = {
  'link-local': ['linkLocal'],
  'unique local': ['uniqueLocal'],
  multicast: ['multicast'],
  loopback: ['loopback'],
  unspecified: ['unspecified'],
};

/** ipaddr.js's typings omit toFixedLengthString, so pad its normalized form instead. */
const fixed = (a: ipaddr.IPv6) =>
  a
    .toNormalizedString()
    .split(':')
    .map((g) => g.padStart(4, '0'))
    .join(':');

/** EUI-64 the long way: MAC hex string, FFFE spliced in, the U/L bit flipped through a binary string. */
function eui64Oracle(mac: string) {
  const hex = mac.replace(/\./g, '');
  const bits = parseInt(hex.slice(0, 2), 16).toString(2).padStart(8, '0');
  const flipped = parseInt(bits.slice(0, 6) + (bits[6] === '1' ? '0' : '1') + bits[7], 2)
    .toString(16)
    .padStart(2, '0');
  const id = `${flipped}${hex.slice(2, 6)}fffe${hex.slice(6)}`;
  return ipaddr.IPv6.parse(`::${id.match(/.{4}/g)!.join(':')}`)
    .toNormalizedString()
    .split(':')
    .slice(4)
    .join(':');
}

describe('ipv6 against ipaddr.js', () => {
  const params = parseParams(ipv6, {});
  test.prop([seeds], runs)('compress, expand, /64, EUI-64 and type', (seed) => {
    const v = ipv6.generate(params, seed);
    const question = expectUnambiguous(v);
    const { ask } = v.given;
    if (ask === 'type') {
      const range = ipaddr.IPv6.parse(v.given.address!).range();
      if (v.answer.type === 'global unicast') {
        expect(ipaddr.IPv6.parse(v.given.address!).match(ipaddr.IPv6.parseCIDR('2000::/3'))).toBe(true);
        expect(Object.values(types).flat()).not.toContain(range);
      } else expect(types[v.answer.type!]).toContain(range);
      expect(ipv6.check(v, ` ${v.answer.type!.toUpperCase()} `)).toEqual({ correct: true });
      return;
    }
    if (ask === 'eui-64') {
      expect(v.answer.interfaceId).toBe(eui64Oracle(v.given.mac!));
      const full = fixed(ipaddr.IPv6.parse(`::${v.answer.interfaceId}`))
        .split(':')
        .slice(4)
        .join(':');
      for (const n of [v.answer.interfaceId!, full, full.toUpperCase()]) expect(ipv6.check(v, n)).toEqual({ correct: true });
      return;
    }
    const address = ipaddr.IPv6.parse(v.given.address!);
    expect(v.answer.compressed).toBe(address.toRFC5952String());
    expect(v.answer.expanded).toBe(fixed(address));
    expect(v.answer.network).toBe(`${ipaddr.IPv6.networkAddressFromCIDR(`${v.given.address}/64`).toRFC5952String()}/64`);
    const right = correctText(question);
    expect(ipv6.check(v, ` ${right.toUpperCase()} `)).toEqual({ correct: true });
    if (ask === 'network') expect(ipv6.check(v, fixed(ipaddr.IPv6.networkAddressFromCIDR(`${v.given.address}/64`)))).toEqual({ correct: true });
    // A form that is the same address but not what was asked for is wrong, not invalid.
    if (ask === 'compress' && v.answer.compressed !== v.answer.expanded) expect(ipv6.check(v, v.answer.expanded!)).toEqual({ correct: false });
    if (ask === 'expand') expect(ipv6.check(v, v.answer.compressed!)).toEqual({ correct: v.answer.compressed === v.answer.expanded });
  });
});

describe('route-selection against a filter-by-filter oracle', () => {
  const params = parseParams(routeSelection, {});
  test.prop([seeds], runs)('one route survives longest prefix, then AD, then metric', (seed) => {
    const v = routeSelection.generate(params, seed);
    const routes = v.given.routes as Route[];
    let left = routes.filter((r) => inCidr(v.given.destination as string, `${r.network}/${r.prefix}`));
    const longest = Math.max(...left.map((r) => r.prefix));
    left = left.filter((r) => r.prefix === longest);
    const ad = Math.min(...left.map((r) => r.ad));
    left = left.filter((r) => r.ad === ad);
    const metric = Math.min(...left.map((r) => r.metric));
    left = left.filter((r) => r.metric === metric);
    expect(left).toHaveLength(1);
    expect(v.answer.network).toBe(`${left[0].network}/${left[0].prefix}`);
    expect(v.answer.nextHop).toBe(left[0].nextHop);
    const question = expectUnambiguous(v);
    expect(correctText(question)).toBe(`\`${v.answer.route}\``);
    const typed = left[0].nextHop ?? left[0].interface.replace('GigabitEthernet', 'gi ');
    expect(routeSelection.check(v, typed)).toEqual({ correct: true });
    // Next hops are distinct, so every other route's exit is wrong.
    for (const other of routes.filter((r) => r !== left[0])) expect(routeSelection.check(v, other.nextHop ?? other.interface)).toEqual({ correct: false });
  });
});
