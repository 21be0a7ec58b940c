/**
 * Whether the question bank can fill an exam's blueprint, and if not, where it falls short and the
 * longest exam that keeps the blueprint's proportions. The exam start form and the exam report both
 * describe a shortfall with `describeShortfall`, so they say the same thing.
 *
 * A question tagged with several domains can fill a seat in only one of them, so "can the bank fill
 * these seats" is a matching problem: by Hall's theorem it can exactly when every set of domains
 * has at least as many distinct questions as seats. Blueprints have a handful of domains, so every
 * set is checked.
 */

import { largestRemainder } from './apportion';
import type { BankQuestion, BlueprintDomain } from './assemble-exam';

export type DomainShortfall = {
  /** A domain code, or several joined by " + " when only together they lack questions (shared questions). */
  code: string;
  seats: number;
  available: number;
  missing: number;
};
export type BlueprintFit = {
  count: number;
  short: DomainShortfall[];
  /** The longest exam up to `count` whose seats, in the blueprint's proportions, the bank fills; 0 when none. */
  proportionalCount: number;
};

/** The shortest simulation the exam form accepts; a "balanced" exam below it is not offered. */
export const minimumExamLength = 5;

export function blueprintFit(bank: readonly BankQuestion[], blueprint: BlueprintDomain[], count: number): BlueprintFit {
  const masks = questionMasks(bank, blueprint);
  const weights = blueprint.map((d) => d.weight);
  const seatsFor = (n: number) => (n > 0 ? largestRemainder(n, weights) : weights.map(() => 0));
  const seats = seatsFor(count);
  let proportionalCount = 0;
  for (let n = count; n > 0; n--) {
    if (violations(masks, seatsFor(n), blueprint.length).length === 0) {
      proportionalCount = n;
      break;
    }
  }
  return { count, short: shortfalls(masks, seats, blueprint), proportionalCount };
}

/**
 * The blueprint without the weighted domains the bank has no questions for, the others' weights
 * re-apportioned to whole percents summing to 100 in their original proportions. When a domain is
 * empty no exam can keep the full blueprint's proportions; this one keeps those of the rest.
 */
export function coveredBlueprint(bank: readonly BankQuestion[], blueprint: BlueprintDomain[]): { blueprint: BlueprintDomain[]; leftOut: string[] } {
  const masks = questionMasks(bank, blueprint);
  const covered = blueprint.filter((d, i) => d.weight > 0 && masks.some((m) => m & (1 << i)));
  const leftOut = blueprint.filter((d) => d.weight > 0 && !covered.includes(d)).map((d) => d.code);
  if (covered.length === 0) return { blueprint: [], leftOut };
  const weights = largestRemainder(
    100,
    covered.map((d) => d.weight),
  );
  return { blueprint: covered.map((d, i) => ({ code: d.code, weight: weights[i] })), leftOut };
}

/** The domains a stored exam's draw left short (its settings keep seats and drawn per domain). */
export function drawShortfall(perDomain: Array<{ code: string; target: number; drawn: number; available: number }>): DomainShortfall[] {
  return perDomain.filter((d) => d.drawn < d.target).map((d) => ({ code: d.code, seats: d.target, available: d.drawn, missing: d.target - d.drawn }));
}

/** "4.0 Network Security: 13 questions needed, 0 in the bank (13 short)", one line per shortfall. */
export function describeShortfall(short: DomainShortfall[], titles: Record<string, string>): string[] {
  return short.map((s) => {
    const name = s.code
      .split(' + ')
      .map((code) => (titles[code] ? `${code} ${titles[code]}` : code))
      .join(' + ');
    return `${name}: ${plural(s.seats, 'question')} needed, ${s.available} available (${s.missing} short)`;
  });
}

/** Each question's domains as a bit mask over the blueprint (questions outside it dropped, repeats once). */
function questionMasks(bank: readonly BankQuestion[], blueprint: BlueprintDomain[]): number[] {
  const indexOf = new Map(blueprint.map((d, i) => [d.code, i]));
  const seen = new Set<string>();
  const masks: number[] = [];
  for (const question of bank) {
    if (seen.has(question.id)) continue;
    let mask = 0;
    for (const code of question.domains) {
      const i = indexOf.get(code);
      if (i !== undefined) mask |= 1 << i;
    }
    if (mask === 0) continue;
    seen.add(question.id);
    masks.push(mask);
  }
  return masks;
}

/** Sets of domains (bit masks) with more seats than distinct questions, smallest sets first. */
function violations(masks: number[], seats: number[], domains: number): Array<{ set: number; seats: number; available: number }> {
  const found: Array<{ set: number; seats: number; available: number }> = [];
  for (let set = 1; set < 1 << domains; set++) {
    const need = seats.reduce((sum, s, i) => (set & (1 << i) ? sum + s : sum), 0);
    if (need === 0) continue;
    const available = masks.reduce((sum, m) => (m & set ? sum + 1 : sum), 0);
    if (available < need) found.push({ set, seats: need, available });
  }
  return found.sort((a, b) => bitCount(a.set) - bitCount(b.set) || a.set - b.set);
}

/**
 * Single domains short of questions, each on its own line; when no single domain is short but some
 * domains together are (they share questions), the smallest such group as one line.
 */
function shortfalls(masks: number[], seats: number[], blueprint: BlueprintDomain[]): DomainShortfall[] {
  const found = violations(masks, seats, blueprint.length);
  const single = found.filter((v) => bitCount(v.set) === 1);
  const chosen = single.length > 0 || found.length === 0 ? single : [found[0]];
  return chosen.map((v) => ({
    code: blueprint
      .filter((_, i) => v.set & (1 << i))
      .map((d) => d.code)
      .join(' + '),
    seats: v.seats,
    available: v.available,
    missing: v.seats - v.available,
  }));
}

function bitCount(n: number): number {
  let count = 0;
  for (let m = n; m; m &= m - 1) count++;
  return count;
}

function plural(n: number, noun: string) {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
