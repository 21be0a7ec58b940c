import { z } from 'zod';
import { askSchema, defineGenerator, rangeSchema, type CheckResult } from './generator';
import { singleQuestion, matchingQuestion, splitList, variantId } from './question';
import { seededRandom } from './random';
import { electStp, portName, type Link, type Switch } from './stp';

const asks = ['root-bridge', 'root-port', 'port-roles'] as const;
type Ask = (typeof asks)[number];
const params = z.strictObject({ switches: rangeSchema(2, 6).default([3, 4]), vlan: rangeSchema(1, 4094).default([1, 1]), ask: askSchema(asks) });

/** 802.1D-1998 short costs, the ones CCNA uses by default. */
const speeds = [
  { speed: '100 Mbps', cost: 19, kind: 'Fa' },
  { speed: '1 Gbps', cost: 4, kind: 'Gi' },
  { speed: '10 Gbps', cost: 2, kind: 'Te' },
] as const;

const roleNames = { root: 'Root port', designated: 'Designated port', blocked: 'Blocked (alternate) port' } as const;
const roleWords: Record<string, keyof typeof roleNames> = {
  root: 'root',
  r: 'root',
  rp: 'root',
  designated: 'designated',
  d: 'designated',
  dp: 'designated',
  blocked: 'blocked',
  b: 'blocked',
  alternate: 'blocked',
  alt: 'blocked',
  a: 'blocked',
};

const hex4 = (n: number) => n.toString(16).padStart(4, '0');
export const formatMac = (mac: number) => [Math.floor(mac / 2 ** 32), Math.floor(mac / 2 ** 16) % 2 ** 16, mac % 2 ** 16].map(hex4).join('.');

/** "Gi0/2", "gi 0/2" and "GigabitEthernet0/2" all name one port. */
const normalizePort = (text: string) => {
  const m = /^\s*(fa|fastethernet|gi|gigabitethernet|te|tengigabitethernet)\s*(\d+\/\d+)\s*$/i.exec(text);
  return m ? `${m[1].slice(0, 2).toLowerCase()}${m[2]}` : null;
};

type Given = {
  vlan: number;
  switches: { name: string; priority: number; mac: string }[];
  links: { from: string; to: string; cost: number }[];
  ask: Ask;
  switch?: string;
};

export const stpElection = defineGenerator({
  params,
  generate({ switches: [lo, hi], vlan: [minVlan, maxVlan], ask: askable }, seed) {
    const random = seededRandom(seed);
    const vlan = random.int(minVlan, maxVlan);
    // Mostly default priorities, so the MAC address often has to break the tie.
    const macs = new Set<number>();
    const count = random.int(lo, hi);
    // Bridge MACs are unicast: the lowest bit of the first byte is 0.
    while (macs.size < count) macs.add((random.int(0, 0xffffff) & 0xfeffff) * 2 ** 24 + random.int(0, 0xffffff));
    const switches: Switch[] = [...macs].map((mac, i) => ({
      name: `SW${i + 1}`,
      priority: random.pick([32768, 32768, 32768, 28672, 24576, 4096 * random.int(0, 15)]),
      mac,
    }));
    // A random tree keeps every switch connected; extra links (sometimes parallel) make loops to break.
    const pairs: [number, number][] = switches.slice(1).map((_, i) => [random.int(0, i), i + 1]);
    for (let extra = random.int(1, 2); extra > 0; extra--) {
      const a = random.int(0, count - 1);
      const b = random.int(0, count - 2);
      pairs.push([a, b >= a ? b + 1 : b]);
    }
    const nextPort = switches.map(() => 1);
    const links: Link[] = pairs.map(([a, b]) => {
      const { speed, cost, kind } = random.pick(speeds);
      return { a: { switch: a, port: nextPort[a]++, kind }, b: { switch: b, port: nextPort[b]++, kind }, speed, cost };
    });
    const result = electStp(switches, links, vlan);
    const macTexts = switches.map((s) => formatMac(s.mac));
    const ports = result.ports;
    const root = switches[result.root].name;
    const bridges = switches.map((s, i) => `- ${s.name}: priority ${s.priority}, MAC ${macTexts[i]}`).join('\n');
    const cabling = links
      .map((l) => `- ${switches[l.a.switch].name} ${portName(l.a)} ↔ ${switches[l.b.switch].name} ${portName(l.b)} (${l.speed}, cost ${l.cost})`)
      .join('\n');
    const setting = `Switches running 802.1D STP in VLAN ${vlan} (bridge priority = priority + VLAN ${vlan}; all port priorities 128):\n\n${bridges}\n\nLinks:\n\n${cabling}`;
    const explanation = [
      `Bridge IDs: ${switches.map((s, i) => `${s.name} ${s.priority + vlan}/${macTexts[i]}`).join(', ')}. The lowest priority wins, then the lowest MAC: **${root}** is the root bridge.`,
      `Root path costs: ${switches.map((s, i) => `${s.name} ${result.cost[i]}`).join(', ')}.`,
      'Each other switch picks as root port the port with the lowest root path cost, then the lowest neighbour bridge ID, then the lowest neighbour port ID. On each link the end with the lower cost (then bridge ID, then port ID) is designated; the other ports block.',
      '',
      ...ports.map((p) => `- ${p.label}: ${roleNames[p.role].toLowerCase()}`),
    ].join('\n');
    const id = variantId('stp-election', seed);
    const candidates = switches.map((_, i) => i).filter((i) => i !== result.root && ports.filter((p) => p.switch === i).length > 1);
    const possible = askable.filter((a) => a !== 'root-port' || candidates.length > 0);
    const ask: Ask = random.pick(possible.length ? possible : ['root-bridge']);
    const answer = {
      rootBridge: root,
      rootPorts: Object.fromEntries(ports.filter((p) => p.role === 'root').map((p) => [switches[p.switch].name, p.port])),
      designatedPorts: ports.filter((p) => p.role === 'designated').map((p) => p.label),
      blockedPorts: ports.filter((p) => p.role === 'blocked').map((p) => p.label),
      roles: ports.map((p) => ({ port: p.label, role: p.role })),
    };
    const given = {
      vlan,
      switches: switches.map((s, i) => ({ name: s.name, priority: s.priority, mac: macTexts[i] })),
      links: links.map((l) => ({ from: `${switches[l.a.switch].name} ${portName(l.a)}`, to: `${switches[l.b.switch].name} ${portName(l.b)}`, cost: l.cost })),
      ask,
    } as Given;
    if (ask === 'root-bridge') {
      const stem = `${setting}\n\nWhich switch is the root bridge?`;
      return {
        seed,
        stem,
        given,
        answer,
        explanation,
        question: singleQuestion(
          id,
          stem,
          explanation,
          switches.map((s) => s.name),
          result.root,
        ),
      };
    }
    if (ask === 'root-port') {
      const which = random.pick(candidates);
      const own = ports.filter((p) => p.switch === which);
      given.switch = switches[which].name;
      const stem = `${setting}\n\nWhich port is the root port of **${switches[which].name}**?`;
      return {
        seed,
        stem,
        given,
        answer,
        explanation,
        question: singleQuestion(
          id,
          stem,
          explanation,
          own.map((p) => p.port),
          own.findIndex((p) => p.role === 'root'),
        ),
      };
    }
    const stem = `${setting}\n\nWhat role does each port take?`;
    const choices = ['root', 'designated', 'blocked'] as const;
    return {
      seed,
      stem,
      given,
      answer,
      explanation,
      question: matchingQuestion(
        id,
        stem,
        explanation,
        ports.map((p) => ({ text: p.label, match: choices.indexOf(p.role) })),
        choices.map((c) => roleNames[c]),
      ),
    };
  },
  answerText({ given, answer }) {
    if (given.ask === 'root-bridge') return answer.rootBridge;
    if (given.ask === 'root-port') return answer.rootPorts[given.switch!];
    return answer.roles.map((r) => r.role).join(', ');
  },
  check(variant, text): CheckResult {
    const ask = variant.given.ask as Ask;
    const { answer } = variant;
    if (ask === 'root-bridge') {
      const name = text.trim().toUpperCase().replace(/\s+/g, '');
      return /^SW\d+$/.test(name) ? { correct: name === answer.rootBridge } : { invalid: 'name a switch, e.g. SW1' };
    }
    if (ask === 'root-port') {
      const port = normalizePort(text);
      const expected = normalizePort(answer.rootPorts[variant.given.switch!]);
      return port ? { correct: port === expected } : { invalid: 'name a port, e.g. Gi0/1' };
    }
    const roles = splitList(text.toLowerCase()).map((w) => roleWords[w]);
    if (roles.length !== answer.roles.length || roles.some((r) => !r))
      return { invalid: `write root, designated or blocked for each of the ${answer.roles.length} ports, in order` };
    return { correct: roles.every((r, i) => r === answer.roles[i].role) };
  },
});
