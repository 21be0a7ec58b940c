import type { GeneratorName } from '../questions/generators';

/**
 * What the drill picker says about each generator, and how its typed answer is written (a drill
 * answers every variant in one text field, graded by the generator's check()). Type-only import:
 * the picker imports this in the browser, the generators stay on the server.
 */
export const drillCatalog: Record<GeneratorName, { label: string; description: string; answerHint: string }> = {
  'ipv4-subnet-facts': {
    label: 'Subnet facts',
    description: 'Network, broadcast, first and last host, host count, mask ↔ prefix, /8 to /32.',
    answerHint: 'An address (10.1.2.64), a count (30), a mask (255.255.255.224) or a prefix (/27).',
  },
  'ipv4-subnet-design': {
    label: 'Subnet design',
    description: 'The prefix for N subnets or H hosts per subnet; the k-th subnet of a block.',
    answerHint: 'A prefix length (/26) or a subnet (192.168.10.64/26).',
  },
  'vlsm-allocation': {
    label: 'VLSM allocation',
    description: 'Carve a block for a list of LANs, largest first.',
    answerHint: 'One subnet per LAN in the order listed, separated by commas.',
  },
  'route-summarization': {
    label: 'Route summarization',
    description: 'The smallest summary for a set of networks, and whether it over-covers.',
    answerHint: 'A summary (10.1.0.0/22), or yes / no.',
  },
  'wildcard-mask': {
    label: 'Wildcard masks',
    description: 'The wildcard for a network or range; which addresses an ACL entry matches.',
    answerHint: 'A wildcard (0.0.0.31), or the matching addresses separated by commas.',
  },
  'number-conversion': {
    label: 'Number conversion',
    description: 'Binary, decimal and hex for octets and 16-bit groups.',
    answerHint: 'The number in the base asked for.',
  },
  ipv6: {
    label: 'IPv6 addressing',
    description: 'Compress and expand, the /64 of an address, EUI-64, address types.',
    answerHint: 'An IPv6 address in any valid form, an interface ID, or a type (global unicast, link-local…).',
  },
  'route-selection': {
    label: 'Route selection',
    description: 'Longest prefix, then administrative distance, then metric.',
    answerHint: 'The next-hop address (198.51.100.1) or, for a connected route, the exit interface (Gi0/1).',
  },
  'acl-evaluation': {
    label: 'ACL evaluation',
    description: 'Standard and extended ACLs: first match and the implicit deny.',
    answerHint: 'permit or deny for each packet, in order, separated by commas.',
  },
  'stp-election': {
    label: 'STP election',
    description: 'Root bridge, root ports, designated and blocked ports.',
    answerHint: 'A switch (SW1), a port (Gi0/1), or root / designated / blocked for each port in order, separated by commas.',
  },
};

/** One-click sets of generators on the picker; a run records the preset it started from. */
export const drillPresets = [
  { id: 'subnetting', label: 'Subnetting', generators: ['ipv4-subnet-facts', 'ipv4-subnet-design', 'vlsm-allocation', 'route-summarization'] },
  { id: 'ipv6', label: 'IPv6', generators: ['ipv6', 'number-conversion'] },
  { id: 'wildcards-acls', label: 'Wildcards & ACLs', generators: ['wildcard-mask', 'acl-evaluation'] },
  { id: 'routing', label: 'Route selection', generators: ['route-selection', 'route-summarization'] },
  { id: 'stp', label: 'STP', generators: ['stp-election'] },
] as const satisfies ReadonlyArray<{ id: string; label: string; generators: readonly GeneratorName[] }>;

export type DrillPresetId = (typeof drillPresets)[number]['id'];
export const drillPresetIds = drillPresets.map((p) => p.id) as [DrillPresetId, ...DrillPresetId[]];

/** A sprint: this many problems or this long, whichever comes first. */
export const drillLimits = { problems: 20, seconds: 5 * 60 } as const;
