import { z } from 'zod';
import { defineGenerator, rangeSchema, type CheckResult } from './generator';
import { formatIpv4, networkOf, parseIpv4 } from './ipv4';
import { singleQuestion, variantId } from './question';
import { seededRandom, type Random } from './random';

/** Cisco administrative distances (CCNA 200-301); a floating static gets its own, higher one. */
const codes = { connected: 'C', static: 'S', 'floating-static': 'S', eigrp: 'D', ospf: 'O', 'eigrp-external': 'D EX' } as const;
type Source = keyof typeof codes;
const distance: Record<Exclude<Source, 'floating-static'>, number> = { connected: 0, static: 1, eigrp: 90, ospf: 110, 'eigrp-external': 170 };

export type Route = { source: Source; network: string; prefix: number; ad: number; metric: number; nextHop: string | null; interface: string };

const metric = (source: Source, random: Random) =>
  source === 'ospf' ? random.int(2, 200) : source === 'eigrp' || source === 'eigrp-external' ? random.int(2816, 40000) * 10 : 0;

export const formatRoute = (r: Route) =>
  r.source === 'connected'
    ? `C ${r.network}/${r.prefix} is directly connected, ${r.interface}`
    : `${r.prefix === 0 ? 'S*' : codes[r.source]} ${r.network}/${r.prefix} [${r.ad}/${r.metric}] via ${r.nextHop}`;

/** Compared as text: formatting is cheaper than parsing, and this runs for every route of every variant. */
const holds = (r: Route, destination: number) => formatIpv4(networkOf(destination, r.prefix)) === r.network;

/** Longest prefix among the routes that hold the destination, then lowest AD, then lowest metric. */
export function selectRoute(routes: Route[], destination: number) {
  const matching = routes.filter((r) => holds(r, destination));
  const longest = Math.max(...matching.map((r) => r.prefix));
  return matching.filter((r) => r.prefix === longest).sort((a, b) => a.ad - b.ad || a.metric - b.metric)[0];
}

const privateBlocks = [
  { base: 10 * 2 ** 24, prefix: 8 },
  { base: (172 * 2 ** 24 + 16 * 2 ** 16) >>> 0, prefix: 12 },
  { base: (192 * 2 ** 24 + 168 * 2 ** 16) >>> 0, prefix: 16 },
];

const params = z.strictObject({ decoys: rangeSchema(0, 4).default([1, 3]) });

/** The routes of the longest match: one, or two or three that AD or metric must separate. */
const winnerSources: Source[][] = [
  ['ospf'],
  ['eigrp'],
  ['static'],
  ['connected'],
  ['ospf', 'floating-static'],
  ['eigrp', 'floating-static'],
  ['eigrp', 'ospf'],
  ['ospf', 'eigrp-external'],
  ['ospf', 'ospf'],
  ['eigrp', 'eigrp'],
  ['static', 'ospf', 'eigrp'],
];

export const routeSelection = defineGenerator({
  params,
  generate({ decoys: [minDecoys, maxDecoys] }, seed) {
    const random = seededRandom(seed);
    const block = random.pick(privateBlocks);
    const destination = block.base + random.int(1, 2 ** (32 - block.prefix) - 2);
    const longest = random.int(Math.max(block.prefix + 2, 16), 30);
    const shorter = random.sample(
      [...Array(longest - block.prefix - 1).keys()].map((i) => block.prefix + 1 + i),
      random.int(1, 2),
    );
    const hopSet = new Set<number>();
    while (hopSet.size < 16) hopSet.add(random.int(1, 254));
    const hops = [...hopSet];
    const interfaces = random.sample([...Array(16).keys()], 16);
    let n = 0;
    const route = (source: Source, prefix: number, address: number, ad?: number): Route => {
      const i = n++;
      return {
        source,
        network: formatIpv4(networkOf(address, prefix)),
        prefix,
        ad: ad ?? distance[source as Exclude<Source, 'floating-static'>],
        metric: metric(source, random),
        nextHop: source === 'connected' ? null : `198.51.100.${hops[i]}`,
        interface: `GigabitEthernet0/${interfaces[i]}`,
      };
    };
    const group = random.pick(winnerSources).map((source, _, all) =>
      // A floating static backs up the dynamic route, so its AD is above the dynamic route's.
      source === 'floating-static' ? route(source, longest, destination, random.int(distance[all[0] as 'ospf'] + 1, 254)) : route(source, longest, destination),
    );
    // Two routes of one protocol to one prefix with the same metric would share the load: no single answer.
    if (group.length === 2 && group[0].source === group[1].source && group[0].metric === group[1].metric)
      group[1].metric += group[1].source === 'ospf' ? 1 : 10;
    // Connected networks cannot overlap, so decoys are connected only when the chosen route is not.
    const decoySources = group[0].source === 'connected' ? (['ospf', 'eigrp', 'static'] as const) : (['ospf', 'eigrp', 'static', 'connected'] as const);
    const routes = [
      ...group,
      ...shorter.map((prefix) => route(random.pick(['ospf', 'eigrp', 'static'] as const), prefix, destination)),
      route('static', 0, 0),
      ...Array.from({ length: random.int(minDecoys, maxDecoys) }, () => {
        // Flipping the last network bit gives a neighbouring network that does not hold the destination.
        const prefix = random.int(longest, 30);
        return route(random.pick(decoySources), prefix, (destination ^ (2 ** (32 - prefix))) >>> 0);
      }),
    ];
    if (random.int(0, 2) === 0) routes.push(route('floating-static', 0, 0, random.int(2, 254)));
    const shown = random.shuffle(routes);
    const best = selectRoute(shown, destination);
    const table = shown.map(formatRoute);
    const dest = formatIpv4(destination);
    const stem = `A router has these routes:\n\n\`\`\`\n${table.join('\n')}\n\`\`\`\n\nWhich route does it use to forward a packet to **${dest}**?`;
    const matches = shown.filter((r) => holds(r, destination));
    const explanation = [
      `Routes that hold ${dest}: ${matches.map((r) => `${r.network}/${r.prefix}`).join(', ')}. The longest prefix wins: **/${best.prefix}**.`,
      matches.filter((r) => r.prefix === best.prefix).length > 1
        ? 'Several routes have that prefix: the lowest administrative distance wins (connected 0, static 1, EIGRP 90, OSPF 110, external EIGRP 170, a floating static as configured), then the lowest metric.'
        : '',
      `Chosen: \`${formatRoute(best)}\`.`,
    ]
      .filter(Boolean)
      .join('\n\n');
    const question = singleQuestion(
      variantId('route-selection', seed),
      stem,
      explanation,
      table.map((t) => `\`${t}\``),
      shown.indexOf(best),
    );
    const answer = { route: formatRoute(best), network: `${best.network}/${best.prefix}`, nextHop: best.nextHop, interface: best.interface };
    return { seed, stem, given: { destination: dest, routes: shown }, answer, explanation, question };
  },
  answerText: ({ answer }) => answer.nextHop ?? answer.interface,
  /** The next-hop address, or the exit interface of a connected route (Gi0/1, g0/1, GigabitEthernet0/1). */
  check(variant, text): CheckResult {
    const { nextHop, interface: exit } = variant.answer;
    const address = parseIpv4(text);
    if ('value' in address) return { correct: formatIpv4(address.value) === nextHop };
    const port = /^\s*g(?:i(?:g(?:abit(?:ethernet)?)?)?)?\s*(\d+\/\d+)\s*$/i.exec(text);
    if (port) return { correct: nextHop === null && `GigabitEthernet${port[1]}` === exit };
    return { invalid: 'write the next-hop IPv4 address (e.g. 198.51.100.1) or, for a connected route, the exit interface (e.g. Gi0/1)' };
  },
});
