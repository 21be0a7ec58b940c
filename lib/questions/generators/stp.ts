/** Spanning-tree election (IEEE 802.1D) on a small switched network. */
export type Switch = { name: string; priority: number; mac: number };
export type End = { switch: number; port: number; kind: string };
export type Link = { a: End; b: End; speed: string; cost: number };
export type Role = 'root' | 'designated' | 'blocked';

export const portName = (end: End) => `${end.kind}0/${end.port}`;
/** Port ID = port priority (128 on every port here) then port number, so the number decides. */
const portIdOrder = (x: End, y: End) => x.port - y.port;

export function electStp(switches: Switch[], links: Link[], vlan: number) {
  // Bridge ID: priority + extended system ID (the VLAN), then MAC; compared as numbers.
  const priority = switches.map((s) => s.priority + vlan);
  const bidOrder = (i: number, j: number) => priority[i] - priority[j] || switches[i].mac - switches[j].mac;
  const root = switches.reduce((best, _, i) => (bidOrder(i, best) < 0 ? i : best), 0);
  const cost = switches.map((_, i) => (i === root ? 0 : Infinity));
  // Bellman-Ford: few switches, and every link cost is positive.
  for (let round = 0; round < switches.length; round++) {
    for (const { a, b, cost: c } of links) {
      cost[a.switch] = Math.min(cost[a.switch], cost[b.switch] + c);
      cost[b.switch] = Math.min(cost[b.switch], cost[a.switch] + c);
    }
  }
  type Side = { own: End; other: End; link: Link };
  const ends: Side[] = links.flatMap((link) => [
    { own: link.a, other: link.b, link },
    { own: link.b, other: link.a, link },
  ]);
  // What the BPDU received on a port offers: path cost, sender bridge ID, sender port ID, then our own port ID.
  const offerOrder = (x: Side, y: Side) =>
    cost[x.other.switch] + x.link.cost - (cost[y.other.switch] + y.link.cost) ||
    bidOrder(x.other.switch, y.other.switch) ||
    portIdOrder(x.other, y.other) ||
    portIdOrder(x.own, y.own);
  const rootPorts = new Set<End>();
  for (let s = 0; s < switches.length; s++) {
    if (s === root) continue;
    rootPorts.add(ends.filter((e) => e.own.switch === s).reduce((x, y) => (offerOrder(y, x) < 0 ? y : x)).own);
  }
  // On each link the end that sends the better BPDU (cost, bridge ID, port ID) is designated.
  const sendsBetter = (own: End, other: End) => (cost[own.switch] - cost[other.switch] || bidOrder(own.switch, other.switch) || portIdOrder(own, other)) < 0;
  const ports = ends
    .map(({ own, other }) => {
      const role: Role = rootPorts.has(own) ? 'root' : sendsBetter(own, other) ? 'designated' : 'blocked';
      return { switch: own.switch, number: own.port, port: portName(own), label: `${switches[own.switch].name} ${portName(own)}`, role };
    })
    .sort((x, y) => x.switch - y.switch || x.number - y.number);
  return { root, cost, ports };
}
