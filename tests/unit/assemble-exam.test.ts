import { describe, expect, it } from 'vitest';
import { assembleExam, type BankQuestion, type BlueprintDomain, type ExamDraw } from '@/lib/quiz/assemble-exam';

const ccna: BlueprintDomain[] = [
  { code: '1.0', weight: 20 },
  { code: '2.0', weight: 20 },
  { code: '3.0', weight: 25 },
  { code: '4.0', weight: 10 },
  { code: '5.0', weight: 15 },
  { code: '6.0', weight: 10 },
];
const networkPlus: BlueprintDomain[] = [
  { code: '1.0', weight: 23 },
  { code: '2.0', weight: 20 },
  { code: '3.0', weight: 19 },
  { code: '4.0', weight: 14 },
  { code: '5.0', weight: 24 },
];

/** Small seeded PRNG so draws are reproducible. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` questions of one domain, with ids like "4.0#7" so a drawn id tells its domain. */
const questions = (domain: string, n: number, extra: Partial<BankQuestion> = {}, tag = ''): BankQuestion[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${domain}#${tag}${i}`, domains: [domain], ...extra }));
/** A bank with `sizes[code]` questions per domain. */
const bankOf = (sizes: Record<string, number>) => Object.entries(sizes).flatMap(([code, n]) => questions(code, n));
const plentiful = (blueprint: BlueprintDomain[]) => bankOf(Object.fromEntries(blueprint.map((d) => [d.code, 200])));

const column = (draw: ExamDraw, key: 'target' | 'drawn' | 'available') => Object.fromEntries(draw.perDomain.map((d) => [d.code, d[key]]));
const countBy = <T>(items: T[], key: (item: T) => string) => {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
};
const domainOf = (id: string) => id.split('#')[0];

describe('seat targets by largest remainder', () => {
  it('CCNA, 100 questions: every quota is whole', () => {
    // 100 × 20/20/25/10/15/10 % = 20, 20, 25, 10, 15, 10 exactly.
    const draw = assembleExam(plentiful(ccna), ccna, 100, mulberry32(1));
    expect(column(draw, 'target')).toEqual({ '1.0': 20, '2.0': 20, '3.0': 25, '4.0': 10, '5.0': 15, '6.0': 10 });
  });

  it('CCNA, 90 questions: a tied remainder goes to the heavier domain', () => {
    // Quotas 18, 18, 22.5, 9, 13.5, 9 → floors sum to 89. One seat left; 3.0 and 5.0 both have .5,
    // 3.0 weighs 25 against 15, so 3.0 gets it: 18, 18, 23, 9, 13, 9.
    const draw = assembleExam(plentiful(ccna), ccna, 90, mulberry32(1));
    expect(column(draw, 'target')).toEqual({ '1.0': 18, '2.0': 18, '3.0': 23, '4.0': 9, '5.0': 13, '6.0': 9 });
  });

  it('CCNA, 7 questions: a tie of equal weights goes to the domain listed first', () => {
    // Quotas 1.4, 1.4, 1.75, 0.7, 1.05, 0.7 → floors 1, 1, 1, 0, 1, 0 = 4. Three seats left, by
    // remainder: 3.0 (.75), then 4.0 and 6.0 (.7, both weigh 10, 4.0 listed first). 1.0's .4 misses out.
    const draw = assembleExam(plentiful(ccna), ccna, 7, mulberry32(1));
    expect(column(draw, 'target')).toEqual({ '1.0': 1, '2.0': 1, '3.0': 2, '4.0': 1, '5.0': 1, '6.0': 1 });
  });

  it('Network+ N10-009, 90 questions', () => {
    // Quotas 20.7, 18, 17.1, 12.6, 21.6 → floors 20, 18, 17, 12, 21 = 88. Two seats left: 1.0 (.7),
    // then 4.0 and 5.0 tie at .6 and 5.0 weighs more (24 vs 14): 21, 18, 17, 12, 22.
    const draw = assembleExam(plentiful(networkPlus), networkPlus, 90, mulberry32(1));
    expect(column(draw, 'target')).toEqual({ '1.0': 21, '2.0': 18, '3.0': 17, '4.0': 12, '5.0': 22 });
  });

  it('Network+, 110 questions: a tie is a tie even where floating point says otherwise', () => {
    // Quotas 25.3, 22, 20.9, 15.4, 26.4 → floors 25, 22, 20, 15, 26 = 108. Two seats left: 3.0 (.9),
    // then 4.0 and 5.0 tie at .4 (in floating point 15.4 − 15 > 26.4 − 26); 5.0 weighs more.
    const draw = assembleExam(plentiful(networkPlus), networkPlus, 110, mulberry32(1));
    expect(column(draw, 'target')).toEqual({ '1.0': 25, '2.0': 22, '3.0': 21, '4.0': 15, '5.0': 27 });
  });

  it('targets always add up to the count', () => {
    for (const blueprint of [ccna, networkPlus]) {
      for (let count = 0; count <= 150; count++) {
        const draw = assembleExam([], blueprint, count);
        expect(draw.perDomain.reduce((sum, d) => sum + d.target, 0)).toBe(count);
      }
    }
  });

  it('accepts decimal weights that miss 100 only by floating-point error', () => {
    const thirds = [
      { code: 'a', weight: 33.3 },
      { code: 'b', weight: 33.3 },
      { code: 'c', weight: 33.4 },
    ];
    // Quotas 3.33, 3.33, 3.34: the one seat left goes to c.
    expect(column(assembleExam([], thirds, 10), 'target')).toEqual({ a: 3, b: 3, c: 4 });
  });
});

describe('a plentiful bank', () => {
  it('draws exactly the target from every domain', () => {
    const draw = assembleExam(plentiful(networkPlus), networkPlus, 90, mulberry32(7));
    expect(column(draw, 'drawn')).toEqual({ '1.0': 21, '2.0': 18, '3.0': 17, '4.0': 12, '5.0': 22 });
    expect(countBy(draw.questionIds, domainOf)).toEqual({ '1.0': 21, '2.0': 18, '3.0': 17, '4.0': 12, '5.0': 22 });
    expect(draw.shortfall).toBe(0);
    expect(draw.notes).toEqual([]);
  });

  it('never draws a question twice', () => {
    const draw = assembleExam(plentiful(ccna), ccna, 100, mulberry32(3));
    expect(draw.questionIds).toHaveLength(100);
    expect(new Set(draw.questionIds).size).toBe(100);
  });
});

describe('a domain short of questions', () => {
  it('shares its missing seats among the others by weight', () => {
    // 4.0 has 3 of its 10: 7 seats over 1.0/2.0/3.0/5.0/6.0 weighing 20/20/25/15/10 (90):
    // quotas 1.56, 1.56, 1.94, 1.17, 0.78 → floors 1, 1, 1, 1, 0 = 4. Three left by remainder:
    // 3.0 (.94), 6.0 (.78), then 1.0 and 2.0 tie at .56 with equal weight → 1.0, listed first.
    const bank = bankOf({ '1.0': 50, '2.0': 50, '3.0': 50, '4.0': 3, '5.0': 50, '6.0': 50 });
    const draw = assembleExam(bank, ccna, 100, mulberry32(1));
    expect(column(draw, 'drawn')).toEqual({ '1.0': 22, '2.0': 21, '3.0': 27, '4.0': 3, '5.0': 16, '6.0': 11 });
    expect(draw.shortfall).toBe(0);
    expect(draw.questionIds).toHaveLength(100);
    expect(draw.notes).toEqual([
      'Domain 4.0 could fill only 3 of its 10 seats.',
      '7 seats went to other domains instead: 1.0 +2, 2.0 +1, 3.0 +2, 5.0 +1, 6.0 +1.',
    ]);
  });

  it('leaves out domains with nothing to spare', () => {
    // 6.0 has exactly its 10, so the 7 seats go to 1.0/2.0/3.0/5.0 weighing 20/20/25/15 (80):
    // quotas 1.75, 1.75, 2.19, 1.31 → floors 1, 1, 2, 1 = 5; two left to 1.0 and 2.0 (.75 each).
    const bank = bankOf({ '1.0': 50, '2.0': 50, '3.0': 50, '4.0': 3, '5.0': 50, '6.0': 10 });
    const draw = assembleExam(bank, ccna, 100, mulberry32(1));
    expect(column(draw, 'drawn')).toEqual({ '1.0': 22, '2.0': 22, '3.0': 27, '4.0': 3, '5.0': 16, '6.0': 10 });
  });

  it('shares again what a recipient could not take', () => {
    // Round 1 as in the first case gives 3.0 two seats, but it has only 26 questions (1 spare).
    // Round 2 shares that 1 seat over 1.0/2.0/5.0/6.0 (20/20/15/10): 1.0 and 2.0 tie, 1.0 is first.
    const bank = bankOf({ '1.0': 50, '2.0': 50, '3.0': 26, '4.0': 3, '5.0': 50, '6.0': 50 });
    const draw = assembleExam(bank, ccna, 100, mulberry32(1));
    expect(column(draw, 'drawn')).toEqual({ '1.0': 23, '2.0': 21, '3.0': 26, '4.0': 3, '5.0': 16, '6.0': 11 });
    expect(draw.notes[1]).toBe('7 seats went to other domains instead: 1.0 +3, 2.0 +1, 3.0 +1, 5.0 +1, 6.0 +1.');
  });

  it('reports what nobody could supply as shortfall and shortens the exam', () => {
    // Targets 18, 18, 23, 9, 13, 9. 4.0 is 4 short and only 1.0 has spare questions, 2 of them.
    const bank = bankOf({ '1.0': 20, '2.0': 18, '3.0': 23, '4.0': 5, '5.0': 13, '6.0': 9 });
    const draw = assembleExam(bank, ccna, 90, mulberry32(1));
    expect(column(draw, 'drawn')).toEqual({ '1.0': 20, '2.0': 18, '3.0': 23, '4.0': 5, '5.0': 13, '6.0': 9 });
    expect(draw.shortfall).toBe(2);
    expect(draw.questionIds).toHaveLength(88);
    expect(draw.notes).toEqual([
      'Domain 4.0 could fill only 5 of its 9 seats.',
      '2 seats went to other domains instead: 1.0 +2.',
      'The bank could not supply 2 more questions, so the exam has 88 questions instead of 90.',
    ]);
  });

  it('gives no seats to a domain weighted 0', () => {
    const blueprint = [
      { code: 'a', weight: 60 },
      { code: 'b', weight: 40 },
      { code: 'z', weight: 0 },
    ];
    // Targets 6, 4, 0; a is 4 short and b has nothing to spare. z's questions stay unused.
    const draw = assembleExam(bankOf({ a: 2, b: 4, z: 10 }), blueprint, 10, mulberry32(1));
    expect(column(draw, 'drawn')).toEqual({ a: 2, b: 4, z: 0 });
    expect(draw.shortfall).toBe(4);
  });

  it('draws the whole bank when the count is larger', () => {
    const bank = bankOf({ '1.0': 5, '2.0': 5, '3.0': 5, '4.0': 5, '5.0': 5, '6.0': 5 });
    const draw = assembleExam(bank, ccna, 100, mulberry32(1));
    expect([...draw.questionIds].sort()).toEqual(bank.map((q) => q.id).sort());
    expect(draw.shortfall).toBe(70);
    expect(draw.notes.at(-1)).toBe('The bank could not supply 70 more questions, so the exam has 30 questions instead of 100.');
  });

  it('an empty bank is all shortfall, with a note', () => {
    const draw = assembleExam([], ccna, 100);
    expect(draw.questionIds).toEqual([]);
    expect(draw.shortfall).toBe(100);
    expect(column(draw, 'drawn')).toEqual({ '1.0': 0, '2.0': 0, '3.0': 0, '4.0': 0, '5.0': 0, '6.0': 0 });
    expect(draw.notes).toEqual(['The question bank has no questions for this course yet, so the exam is empty.']);
  });
});

describe('questions in several domains', () => {
  it('are used where they are scarce', () => {
    // 4.0 has 5 questions of its own plus 5 shared with 1.0: exactly its 10 seats if it keeps them
    // all. 1.0 has 100 of its own for its 20, so it must not take the shared ones.
    const shared = Array.from({ length: 5 }, (_, i) => ({ id: `shared#${i}`, domains: ['1.0', '4.0'] }));
    const bank = [...bankOf({ '1.0': 100, '2.0': 50, '3.0': 50, '4.0': 5, '5.0': 50, '6.0': 50 }), ...shared];
    for (let seed = 1; seed <= 20; seed++) {
      const draw = assembleExam(bank, ccna, 100, mulberry32(seed));
      expect(column(draw, 'available')).toEqual({ '1.0': 105, '2.0': 50, '3.0': 50, '4.0': 10, '5.0': 50, '6.0': 50 });
      expect(column(draw, 'drawn')).toEqual({ '1.0': 20, '2.0': 20, '3.0': 25, '4.0': 10, '5.0': 15, '6.0': 10 });
      expect(draw.questionIds.filter((id) => id.startsWith('shared#'))).toHaveLength(5);
      expect(draw.notes).toEqual([]);
    }
  });

  it('count for one domain only', () => {
    // Every question is in both domains: 5 seats each, 10 distinct questions in all.
    const halves = [
      { code: 'a', weight: 50 },
      { code: 'b', weight: 50 },
    ];
    const bank = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, domains: ['a', 'b'] }));
    const draw = assembleExam(bank, halves, 10, mulberry32(5));
    expect(column(draw, 'available')).toEqual({ a: 10, b: 10 });
    expect(column(draw, 'drawn')).toEqual({ a: 5, b: 5 });
    expect([...draw.questionIds].sort()).toEqual(bank.map((q) => q.id).sort());
  });

  it('ignore domains of other courses and repeated entries', () => {
    const bank: BankQuestion[] = [
      { id: 'foreign', domains: ['9.0'] },
      { id: 'mixed', domains: ['9.0', '1.0'] },
      { id: 'twice-listed', domains: ['1.0', '1.0'] },
      { id: 'twice-listed', domains: ['1.0'] },
      { id: 'plain', domains: ['2.0'] },
    ];
    const draw = assembleExam(bank, ccna, 10, mulberry32(1));
    expect(column(draw, 'available')).toEqual({ '1.0': 2, '2.0': 1, '3.0': 0, '4.0': 0, '5.0': 0, '6.0': 0 });
    expect([...draw.questionIds].sort()).toEqual(['mixed', 'plain', 'twice-listed']);
    expect(draw.shortfall).toBe(7);
  });

  it('a bank with nothing in this course counts as empty', () => {
    const draw = assembleExam([{ id: 'foreign', domains: ['9.0'] }], ccna, 5);
    expect(draw.shortfall).toBe(5);
    expect(draw.notes).toEqual(['The question bank has no questions for this course yet, so the exam is empty.']);
  });
});

describe('randomness', () => {
  it('is reproducible with the same seed and varies with another', () => {
    const bank = plentiful(ccna);
    const first = assembleExam(bank, ccna, 100, mulberry32(42));
    expect(assembleExam(bank, ccna, 100, mulberry32(42))).toEqual(first);
    expect(assembleExam(bank, ccna, 100, mulberry32(43)).questionIds).not.toEqual(first.questionIds);
  });

  it('picks uniformly within a domain', () => {
    const solo = [{ code: 'only', weight: 100 }];
    const bank = questions('only', 20);
    const random = mulberry32(9);
    const picks: string[] = [];
    for (let run = 0; run < 4000; run++) picks.push(...assembleExam(bank, solo, 5, random).questionIds);
    // Each question has a 5-in-20 chance per run: 1000 expected, standard deviation about 27.
    const counts = Object.values(countBy(picks, (id) => id));
    expect(counts).toHaveLength(20);
    for (const n of counts) expect(n).toBeGreaterThan(850);
    for (const n of counts) expect(n).toBeLessThan(1150);
  });

  it('interleaves domains in the final order', () => {
    const ids = assembleExam(plentiful(ccna), ccna, 100, mulberry32(11)).questionIds;
    const changes = ids.filter((id, i) => i > 0 && domainOf(id) !== domainOf(ids[i - 1])).length;
    // Grouped by domain there would be 5 changes; shuffled about 81 are expected.
    expect(changes).toBeGreaterThan(50);
  });

  it('uses Math.random when no generator is given', () => {
    const draw = assembleExam(plentiful(networkPlus), networkPlus, 90);
    expect(new Set(draw.questionIds).size).toBe(90);
  });
});

describe('difficulty balance', () => {
  const solo = [{ code: 'only', weight: 100 }];
  const difficultyOf = (bank: BankQuestion[]) => new Map(bank.map((q) => [q.id, q.difficulty ?? 'unrated']));

  it('splits evenly between two levels', () => {
    const bank = [...questions('only', 50, { difficulty: 'easy' }, 'e'), ...questions('only', 50, { difficulty: 'hard' }, 'h')];
    const level = difficultyOf(bank);
    for (let seed = 1; seed <= 20; seed++) {
      const draw = assembleExam(bank, solo, 10, mulberry32(seed));
      expect(countBy(draw.questionIds, (id) => level.get(id)!)).toEqual({ easy: 5, hard: 5 });
    }
  });

  it('gives the odd seat to one of three levels, unrated counting as a level', () => {
    const bank = [
      ...questions('only', 30, { difficulty: 'easy' }, 'e'),
      ...questions('only', 30, { difficulty: 'hard' }, 'h'),
      ...questions('only', 30, {}, 'u'),
    ];
    const level = difficultyOf(bank);
    const draw = assembleExam(bank, solo, 10, mulberry32(2));
    expect(Object.values(countBy(draw.questionIds, (id) => level.get(id)!)).sort()).toEqual([3, 3, 4]);
  });

  it('keeps taking turns when redistributed seats come back for more', () => {
    // a has 4 of its 5 seats, so b draws 5 and then 1 more: 3 easy and 3 hard, never 4/2.
    const halves = [
      { code: 'a', weight: 50 },
      { code: 'b', weight: 50 },
    ];
    const bank = [...questions('a', 4), ...questions('b', 50, { difficulty: 'easy' }, 'e'), ...questions('b', 50, { difficulty: 'hard' }, 'h')];
    const level = difficultyOf(bank);
    for (let seed = 1; seed <= 20; seed++) {
      const draw = assembleExam(bank, halves, 10, mulberry32(seed));
      const drawnB = draw.questionIds.filter((id) => domainOf(id) === 'b');
      expect(countBy(drawnB, (id) => level.get(id)!)).toEqual({ easy: 3, hard: 3 });
    }
  });
});

describe('arguments', () => {
  it('a count of 0 is an empty draw', () => {
    const draw = assembleExam(plentiful(ccna), ccna, 0, mulberry32(1));
    expect(draw.questionIds).toEqual([]);
    expect(draw.shortfall).toBe(0);
    expect(draw.notes).toEqual([]);
    expect(column(draw, 'target')).toEqual({ '1.0': 0, '2.0': 0, '3.0': 0, '4.0': 0, '5.0': 0, '6.0': 0 });
  });

  it('rejects a negative or fractional count', () => {
    for (const count of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => assembleExam([], ccna, count)).toThrow(/whole number of 0 or more/);
    }
  });

  it('rejects weights that do not sum to 100', () => {
    const short = ccna.map((d) => (d.code === '6.0' ? { ...d, weight: 9 } : d));
    expect(() => assembleExam([], short, 10)).toThrow('Blueprint weights must sum to 100, but they sum to 99.');
    expect(() => assembleExam([], [], 10)).toThrow('Blueprint weights must sum to 100, but they sum to 0.');
  });

  it('rejects negative weights and repeated domain codes', () => {
    const negative = [
      { code: 'a', weight: 110 },
      { code: 'b', weight: -10 },
    ];
    expect(() => assembleExam([], negative, 10)).toThrow('Blueprint domain b has weight -10');
    expect(() => assembleExam([], [...ccna, { code: '1.0', weight: 0 }], 10)).toThrow('more than once');
  });
});

describe('a large bank', () => {
  it('draws 90 from 10,000 questions', () => {
    // Every tenth question is shared with the next domain, and difficulties rotate.
    const levels = ['easy', 'medium', 'hard'] as const;
    const bank: BankQuestion[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `q${i}`,
      domains: i % 10 === 0 ? [networkPlus[i % 5].code, networkPlus[(i + 1) % 5].code] : [networkPlus[i % 5].code],
      difficulty: levels[i % 3],
    }));
    const draw = assembleExam(bank, networkPlus, 90, mulberry32(1));
    expect(column(draw, 'drawn')).toEqual({ '1.0': 21, '2.0': 18, '3.0': 17, '4.0': 12, '5.0': 22 });
    expect(new Set(draw.questionIds).size).toBe(90);
  });
});
