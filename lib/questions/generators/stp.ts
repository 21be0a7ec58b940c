/** Spanning-tree election (IEEE 802.1D) on a small switched network. */
export type Switch = { name: string; priority: number; mac: number };
export type End = { switch: number; port: number; kind: string };
export type Link = { a: End; b: End; speed: string; cost: number };
export type Role = 'root' | 'designated' | 'blocked';

export const portName = (end: End) => `${end.kind}0/${end.port}`;
/** Port ID = port priority (128 everywhere here) then port number, so the number decides. */
const portId = (end: End) => 128 * 4096 + end.port;

const compare = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
};

export function electStp(switches: Switch[], links: Link[], vlan: number) {
  // Bridge ID: priority + extended system ID (the VLAN), then MAC; compared as numbers.
  const bid = (i: number) => [switches[i].priority + vlan, switches[i].mac];
  const root = switches.reduce((best, _, i) => (compare(bid(i), bid(best)) < 0 ? i : best), 0);
  const cost = switches.map((_, i) => (i === root ? 0 : Infinity));
  // Bellman-Ford: few switches, and every link cost is positive.
  for (let round = 0; round < switches.length; round++) {
    for (const { a, b, cost: c } of links) {
      cost[a.switch] = Math.min(cost[a.switch], cost[b.switch] + c);
      cost[b.switch] = Math.min(cost[b.switch], cost[a.switch] + c);
    }
  }
  const ends = links.flatMap((link) => [{ own: link.a, other: link.b, link }, { own: link.b, other: link.a, link }]);
  const rootPort = new Map<number, End>();
  for (let s = 0; s < switches.length; s++) {
    if (s === root) continue;
    // What the BPDU received on each port offers: path cost, sender bridge ID, sender port ID, then our own port ID.
    const offer = (e: (typeof ends)[number]) => [cost[e.other.switch] + e.link.cost, ...bid(e.other.switch), portId(e.other), portId(e.own)];
    const best = ends.filter((e) => e.own.switch === s).reduce((x, y) => (compare(offer(y), offer(x)) < 0 ? y : x));
    rootPort.set(s, best.own);
  }
  // On each link the end that sends the better BPDU (cost, bridge ID, port ID) is designated.
  const sends = (e: End) => [cost[e.switch], ...bid(e.switch), portId(e)];
  const ports = ends
    .map(({ own, other }) => {
      const role: Role = rootPort.get(own.switch) === own ? 'root' : compare(sends(own), sends(other)) < 0 ? 'designated' : 'blocked';
      return { switch: own.switch, number: own.port, port: portName(own), label: `${switches[own.switch].name} ${portName(own)}`, role };
    })
    .sort((x, y) => x.switch - y.switch || x.number - y.number);
  return { root, cost, ports };
}
