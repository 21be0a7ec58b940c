import { test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { aclEvaluation } from '@/lib/questions/generators/acl-evaluation';
import { parseParams } from '@/lib/questions/generators/generator';
import { stpElection } from '@/lib/questions/generators/stp-election';
import { expectUnambiguous, runs, seeds, v4 } from './property';

const bits = (address: string) => v4(address).toString(2).padStart(32, '0');

/** Bit by bit, as a textbook does it: where the wildcard has a 0, the packet's bit must equal the entry's. */
function matchesSpec(spec: string[], address: string) {
  if (spec[0] === 'any') return { matched: true, used: 1 };
  if (spec[0] === 'host') return { matched: address === spec[1], used: 2 };
  const [entry, wildcard] = [bits(spec[0]), bits(spec[1])];
  const packet = bits(address);
  return { matched: [...wildcard].every((w, i) => w === '1' || entry[i] === packet[i]), used: 2 };
}

/** Reads the printed ACL and packets back and evaluates them top-down, knowing nothing of the generator's objects. */
function oracle(acl: string[], packets: string[], kind: string) {
  return packets.map((text) => {
    const packet =
      kind === 'standard'
        ? { protocol: 'tcp', source: text.split(' ')[1], destination: '0.0.0.0', port: null }
        : (() => {
            const [protocol, source, , destination, , port] = text.split(' ');
            return { protocol: protocol.toLowerCase(), source, destination, port: port ? Number(port) : null };
          })();
    for (const [i, line] of acl.entries()) {
      const words = line.split(' ').slice(2);
      const action = words.shift()!;
      const protocol = kind === 'standard' ? 'ip' : words.shift()!;
      if (protocol !== 'ip' && protocol !== packet.protocol) continue;
      const source = matchesSpec(words, packet.source);
      if (!source.matched) continue;
      const rest = words.slice(source.used);
      if (kind === 'extended') {
        const destination = matchesSpec(rest, packet.destination);
        if (!destination.matched) continue;
        const port = rest.slice(destination.used);
        if (port[0] === 'eq' && Number(port[1]) !== packet.port) continue;
      }
      return { action, line: i + 1 };
    }
    return { action: 'deny', line: null };
  });
}

describe('acl-evaluation against a line-by-line oracle on the printed ACL', () => {
  const params = parseParams(aclEvaluation, {});
  test.prop([seeds], runs)('first match, then the implicit deny', (seed) => {
    const v = aclEvaluation.generate(params, seed);
    expect(v.answer.results).toEqual(oracle(v.given.acl, v.given.packets, v.given.kind));
    const question = expectUnambiguous(v);
    if (question.type !== 'matching') throw new Error('expected matching');
    question.prompts.forEach((p, i) => expect(question.choices.find((c) => c.id === p.match)!.text).toBe(v.answer.results[i].action));
    const actions = v.answer.results.map((r) => r.action);
    expect(aclEvaluation.check(v, ` ${actions.join(', ').toUpperCase()} `)).toEqual({ correct: true });
    expect(aclEvaluation.check(v, actions.map((a) => (a === 'permit' ? 'deny' : 'permit')).join(' '))).toEqual({ correct: false });
  });
});

type Given = { vlan: number; switches: { name: string; priority: number; mac: string }[]; links: { from: string; to: string; cost: number }[] };

/** 802.1D by brute force: bridge IDs compared as fixed-width strings, root path costs over every simple path. */
function stpOracle({ vlan, switches, links }: Given) {
  const bid = (name: string) => {
    const s = switches.find((x) => x.name === name)!;
    return `${String(s.priority + vlan).padStart(5, '0')}${s.mac.replace(/\./g, '')}`;
  };
  const root = switches.map((s) => s.name).sort((a, b) => bid(a).localeCompare(bid(b)))[0];
  const ends = links.flatMap((l) => [
    { own: l.from, other: l.to, cost: l.cost },
    { own: l.to, other: l.from, cost: l.cost },
  ]);
  const sw = (end: string) => end.split(' ')[0];
  const num = (end: string) => Number(end.split('/')[1]);
  const pathCost = (from: string, seen: Set<string>): number => {
    if (from === root) return 0;
    const options = ends.filter((e) => sw(e.own) === from && !seen.has(sw(e.other))).map((e) => e.cost + pathCost(sw(e.other), new Set([...seen, from])));
    return Math.min(Infinity, ...options);
  };
  const cost = Object.fromEntries(switches.map((s) => [s.name, pathCost(s.name, new Set())]));
  const before = (a: (number | string)[], b: (number | string)[]) => {
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] < b[i];
    return false;
  };
  const rootPorts = new Set<string>();
  for (const s of switches.filter((x) => x.name !== root)) {
    const offers = ends
      .filter((e) => sw(e.own) === s.name)
      .map((e) => ({ port: e.own, key: [cost[sw(e.other)] + e.cost, bid(sw(e.other)), num(e.other), num(e.own)] }));
    rootPorts.add(offers.reduce((best, o) => (before(o.key, best.key) ? o : best)).port);
  }
  return Object.fromEntries(
    ends.map((e) => {
      const mine = [cost[sw(e.own)], bid(sw(e.own)), num(e.own)];
      const theirs = [cost[sw(e.other)], bid(sw(e.other)), num(e.other)];
      return [e.own, rootPorts.has(e.own) ? 'root' : before(mine, theirs) ? 'designated' : 'blocked'];
    }),
  );
}

describe('stp-election against a brute-force election', () => {
  const params = parseParams(stpElection, { switches: [2, 6] });
  test.prop([seeds], runs)('root bridge and every port role', (seed) => {
    const v = stpElection.generate(params, seed);
    const roles = stpOracle(v.given);
    expect(Object.fromEntries(v.answer.roles.map((r) => [r.port, r.role]))).toEqual(roles);
    const question = expectUnambiguous(v);
    if (v.given.ask === 'root-bridge') expect(stpElection.check(v, v.answer.rootBridge.toLowerCase())).toEqual({ correct: true });
    if (v.given.ask === 'root-port') {
      const port = v.answer.rootPorts[v.given.switch!];
      expect(question.type === 'single' && question.options.find((o) => o.id === question.answer)!.text).toBe(port);
      expect(stpElection.check(v, port.replace(/^Gi/, 'GigabitEthernet ').replace(/^Fa/, 'fa').replace(/^Te/, 'TenGigabitEthernet'))).toEqual({
        correct: true,
      });
    }
    if (v.given.ask === 'port-roles') expect(stpElection.check(v, v.answer.roles.map((r) => r.role[0]).join(' '))).toEqual({ correct: true });
    // A loop-free result: every non-root switch has exactly one root port.
    expect(Object.keys(v.answer.rootPorts).sort()).toEqual(
      v.given.switches
        .map((s) => s.name)
        .filter((n) => n !== v.answer.rootBridge)
        .sort(),
    );
  });
});
