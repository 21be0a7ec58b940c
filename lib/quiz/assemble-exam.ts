/**
 * How an exam simulation is drawn from the question bank:
 *
 * 1. Each domain of the blueprint gets a number of seats in proportion to its weight, by the
 *    largest-remainder (Hamilton) method: first the whole part of count × weight ÷ 100, then the
 *    seats left over go one each to the largest fractional parts (ties: the heavier domain, then
 *    the one listed first). The seats add up to the question count exactly.
 * 2. A question that covers several domains of the course counts for only one of them. The domains
 *    with the fewest questions per seat draw first, so a shared question goes where it is scarce.
 * 3. No question appears twice. Questions outside the course's domains are ignored.
 * 4. When a domain has too few questions, its missing seats go to the other domains in proportion
 *    to their weights (again by largest remainder), as far as they have questions to spare. Seats
 *    that no domain can fill are dropped and the exam is that much shorter. A domain weighted 0
 *    gets no seats.
 * 5. Within a domain questions are picked at random, taking turns between difficulty levels
 *    (easy, medium, hard, unrated) in a random order, so a draw is not all easy by chance.
 * 6. The finished list is shuffled, so domains are mixed.
 */

import { largestRemainder } from './apportion';
import { shuffle } from '../shuffle';

export type BankQuestion = {
  id: string;
  /** Domain codes of this course the question's objectives fall in, e.g. ['1.0']. */
  domains: string[];
  difficulty?: 'easy' | 'medium' | 'hard';
};
export type BlueprintDomain = {
  code: string;
  /** Percent; a blueprint's weights sum to 100. */
  weight: number;
};
export type ExamDraw = {
  /** In presentation order: shuffled, domains interleaved. */
  questionIds: string[];
  /** `available` counts a question shared by several domains in each of them. */
  perDomain: Array<{ code: string; weight: number; target: number; drawn: number; available: number }>;
  /** Seats the bank could not fill at all; the exam has count − shortfall questions. */
  shortfall: number;
  /** Plain-English notes for the learner on how the draw departs from the blueprint. */
  notes: string[];
};

type Candidate = { id: string; domains: number[] };
/** A domain's undrawn questions (indexes into the candidates) by difficulty, and whose turn it is. */
type Pool = { buckets: number[][]; turn: number; unused: number };

const bucketOf = { easy: 0, medium: 1, hard: 2 } as const;
const unrated = 3;

/** Draws `count` question ids from `bank` to match `blueprint` (rules above); throws on a bad count or blueprint. */
export function assembleExam(bank: readonly BankQuestion[], blueprint: BlueprintDomain[], count: number, random: () => number = Math.random): ExamDraw {
  checkArguments(blueprint, count);
  const targets = largestRemainder(
    count,
    blueprint.map((d) => d.weight),
  );
  const { candidates, pools } = poolsByDomain(bank, blueprint, random);
  const available = pools.map((p) => p.unused);
  const drawn = blueprint.map(() => 0);
  const perDomain = (): ExamDraw['perDomain'] =>
    blueprint.map((d, i) => ({ code: d.code, weight: d.weight, target: targets[i], drawn: drawn[i], available: available[i] }));

  if (count > 0 && candidates.length === 0) {
    return {
      questionIds: [],
      perDomain: perDomain(),
      shortfall: count,
      notes: ['The question bank has no questions for this course yet, so the exam is empty.'],
    };
  }

  const { take, picked } = drawer(candidates, pools, random);
  // Fewest questions per seat first, so a question shared with a well-stocked domain is left for the
  // domain that needs it. Domains without seats of their own come last.
  const ratio = targets.map((t, i) => (t ? available[i] / t : Number.MAX_VALUE));
  const scarceFirst = blueprint.map((_, i) => i).sort((a, b) => ratio[a] - ratio[b]);
  const notes: string[] = [];

  for (const d of scarceFirst) drawn[d] = take(d, targets[d]);
  blueprint.forEach((d, i) => {
    if (drawn[i] < targets[i]) notes.push(`Domain ${d.code} could fill ${drawn[i] ? `only ${drawn[i]}` : 'none'} of its ${plural(targets[i], 'seat')}.`);
  });

  let missing = count - picked.length;
  const moved = blueprint.map(() => 0);
  while (missing > 0) {
    const open = blueprint.flatMap((d, i) => (d.weight > 0 && pools[i].unused > 0 ? [i] : []));
    if (open.length === 0) break;
    const share = blueprint.map(() => 0);
    largestRemainder(
      missing,
      open.map((i) => blueprint[i].weight),
    ).forEach((s, k) => (share[open[k]] = s));
    // A recipient that runs dry leaves seats over; the next round shares them among those left.
    for (const d of scarceFirst) {
      const got = take(d, share[d]);
      drawn[d] += got;
      moved[d] += got;
      missing -= got;
    }
  }

  const movedTotal = moved.reduce((sum, m) => sum + m, 0);
  if (movedTotal > 0) {
    const where = blueprint.flatMap((d, i) => (moved[i] ? [`${d.code} +${moved[i]}`] : [])).join(', ');
    notes.push(`${plural(movedTotal, 'seat')} went to other domains instead: ${where}.`);
  }
  if (missing > 0) {
    notes.push(`The bank could not supply ${plural(missing, 'more question')}, so the exam has ${plural(picked.length, 'question')} instead of ${count}.`);
  }
  return { questionIds: shuffle(picked, random), perDomain: perDomain(), shortfall: missing, notes };
}

function checkArguments(blueprint: BlueprintDomain[], count: number) {
  if (!Number.isInteger(count) || count < 0) throw new Error(`The question count must be a whole number of 0 or more, not ${count}.`);
  const bad = blueprint.find((d) => !Number.isFinite(d.weight) || d.weight < 0);
  if (bad) throw new Error(`Blueprint domain ${bad.code} has weight ${bad.weight}; weights must be percentages of 0 or more.`);
  if (new Set(blueprint.map((d) => d.code)).size !== blueprint.length) throw new Error('Blueprint lists a domain code more than once.');
  const total = blueprint.reduce((sum, d) => sum + d.weight, 0);
  // Tolerance for decimal weights such as 33.3 + 33.3 + 33.4, which miss 100 in floating point.
  if (Math.abs(total - 100) > 1e-9) throw new Error(`Blueprint weights must sum to 100, but they sum to ${total}.`);
}

function poolsByDomain(bank: readonly BankQuestion[], blueprint: BlueprintDomain[], random: () => number) {
  const indexOf = new Map(blueprint.map((d, i) => [d.code, i]));
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  const buckets = blueprint.map(() => [[], [], [], []] as number[][]);
  for (const question of bank) {
    if (seen.has(question.id)) continue;
    const domains: number[] = [];
    for (const code of question.domains) {
      const d = indexOf.get(code);
      if (d !== undefined && !domains.includes(d)) domains.push(d);
    }
    if (domains.length === 0) continue;
    seen.add(question.id);
    const bucket = question.difficulty ? bucketOf[question.difficulty] : unrated;
    for (const d of domains) buckets[d][bucket].push(candidates.length);
    candidates.push({ id: question.id, domains });
  }
  const pools: Pool[] = buckets.map((levels) => ({
    buckets: shuffle(
      levels.filter((b) => b.length > 0),
      random,
    ),
    turn: 0,
    unused: levels.reduce((sum, b) => sum + b.length, 0),
  }));
  return { candidates, pools };
}

/** Draws from the domains' pools, keeping every pool's count of undrawn questions exact. */
function drawer(candidates: Candidate[], pools: Pool[], random: () => number) {
  const used = new Uint8Array(candidates.length);
  const picked: string[] = [];

  // Random removal from the bucket; questions another domain already drew are discarded on the way.
  const nextUnused = (bucket: number[]) => {
    while (bucket.length > 0) {
      const j = Math.floor(random() * bucket.length);
      const q = bucket[j];
      bucket[j] = bucket[bucket.length - 1];
      bucket.pop();
      if (!used[q]) return q;
    }
    return -1;
  };

  const take = (domain: number, seats: number) => {
    const pool = pools[domain];
    let taken = 0;
    while (taken < seats && pool.unused > 0) {
      const q = nextUnused(pool.buckets[pool.turn]);
      if (q < 0) {
        pool.buckets.splice(pool.turn, 1);
        if (pool.turn === pool.buckets.length) pool.turn = 0;
        continue;
      }
      used[q] = 1;
      for (const d of candidates[q].domains) pools[d].unused--;
      picked.push(candidates[q].id);
      pool.turn = (pool.turn + 1) % pool.buckets.length;
      taken++;
    }
    return taken;
  };

  return { take, picked };
}

function plural(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
