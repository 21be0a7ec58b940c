import { describe, expect, it } from 'vitest';
import type { ObjectiveMastery } from '../../lib/dashboard/mastery';
import { examReadiness, maxBandWidth, objectiveEstimate, type ReadinessBlueprint } from '../../lib/dashboard/readiness';

// Hand-worked learners. estimate = (1 + Σ right × recall) / (2 + answers); variance = e(1 − e)/(answers + 3);
// the 90 % band is ±1.645 sd, clipped to 0..1, and shows as a number only when at most 0.4 wide.
const o = (answers: number, correctAnswers: number, recalledCorrect: number) => ({ answers, correctAnswers, recalledCorrect });

describe('an objective’s estimate', () => {
  it('is unknown before any answer', () => {
    expect(objectiveEstimate(o(0, 0, 0))).toBeNull();
  });

  it('all wrong: 0 of 10 → 1/12, whatever FSRS says about recall', () => {
    // 1/12 = 0.083333; variance 0.083333·0.916667/13 = 0.0058761, sd 0.076656, spread 0.126100.
    const e = objectiveEstimate(o(10, 0, 0))!;
    expect(e.estimate).toBeCloseTo(1 / 12, 6);
    expect(e.low).toBe(0);
    expect(e.high).toBeCloseTo(0.20943, 4);
    expect(e.enoughEvidence).toBe(true);
  });

  it('all right: 10 of 10 just reviewed → 11/12; the same after recall fell to 0.8 → 9/12', () => {
    const fresh = objectiveEstimate(o(10, 10, 10))!;
    expect(fresh.estimate).toBeCloseTo(11 / 12, 6);
    expect(fresh.low).toBeCloseTo(0.79057, 4);
    expect(fresh.high).toBe(1);
    expect(fresh.enoughEvidence).toBe(true);
    // Σ right × recall = 10 × 0.8 = 8 → 9/12 = 0.75: what was got right fades while the learner stays away.
    expect(objectiveEstimate(o(10, 10, 8))!.estimate).toBeCloseTo(0.75, 6);
  });

  it('mixed: 6 of 10 right at recall 0.9 → 6.4/12, too uncertain to show as a number', () => {
    // 6.4/12 = 0.533333; variance 0.533333·0.466667/13 = 0.0191453, sd 0.138367, spread 0.227614.
    const e = objectiveEstimate(o(10, 6, 5.4))!;
    expect(e.estimate).toBeCloseTo(0.533333, 5);
    expect(e.low).toBeCloseTo(0.30572, 4);
    expect(e.high).toBeCloseTo(0.76095, 4);
    expect(e.high - e.low).toBeGreaterThan(maxBandWidth);
    expect(e.enoughEvidence).toBe(false);
    // Four times the answers at the same rate narrow it enough: 24 of 40 → 22.6/42 = 0.538095, band 0.2527 wide.
    const more = objectiveEstimate(o(40, 24, 21.6))!;
    expect(more.estimate).toBeCloseTo(0.538095, 5);
    expect(more.enoughEvidence).toBe(true);
  });

  it('a fresh failure lowers it, although recall right after the failed review is near 100 %', () => {
    // 3 of 3 right, recall 1 → 4/5 = 0.8. Then the card is failed a minute ago: FSRS recall ≈ 1 again,
    // but the failed answer adds to the answers and nothing to the right ones: 4/6 = 0.666667.
    const before = objectiveEstimate(o(3, 3, 3))!;
    const after = objectiveEstimate(o(4, 3, 3))!;
    expect(before.estimate).toBeCloseTo(0.8, 6);
    expect(after.estimate).toBeCloseTo(2 / 3, 6);
    // Never above the smoothed accuracy (3 + 1)/(4 + 2); the old average with recall (0.6667 + 1)/2 = 0.8333 was.
    expect(after.estimate).toBeLessThanOrEqual(4 / 6);
  });

  it('never counts more recalled right answers than right answers', () => {
    expect(objectiveEstimate(o(4, 2, 5))!.estimate).toBeCloseTo(3 / 6, 6);
  });
});

describe('exam readiness', () => {
  const blueprint: ReadinessBlueprint = {
    domains: [
      { code: '1.0', weight: 60, objectives: [{ id: 'a1' }, { id: 'a2' }] },
      { code: '2.0', weight: 40, objectives: [{ id: 'b1' }] },
    ],
  };
  const scale = { passMark: 720, scaleMin: 100, scaleMax: 900, questionCount: 90 };
  const m = (objectiveId: string, answers: number, correctAnswers: number, recalledCorrect: number): ObjectiveMastery => ({
    objectiveId,
    code: objectiveId,
    domainCode: '',
    cards: 1,
    reviewedCards: 1,
    meanRetrievability: answers > 0 ? 1 : null,
    answers,
    correctAnswers,
    recalledCorrect,
  });

  it('after a failed exam (15 % right, every card just reviewed) predicts a failing score, not the middle of the scale', () => {
    // a1: 6 of 40 → 7/42 = 0.166667; a2: 5 of 30 → 6/32 = 0.1875; b1: 3 of 20 → 4/22 = 0.181818.
    // Weights 0.3, 0.3, 0.4: predicted 0.05 + 0.05625 + 0.072727 = 0.178977 → 100 + 0.178977·800 = 243.
    // Variance 0.09·0.0032300 + 0.09·0.0046165 + 0.16·0.0064679 + 0.178977·0.821023/90 = 0.0033738, sd 0.058084.
    const result = examReadiness(blueprint, [m('a1', 40, 6, 6), m('a2', 30, 5, 5), m('b1', 20, 3, 3)], scale, { answers: 90, questions: 90 });
    expect(result.predicted).toBeCloseTo(0.178977, 5);
    expect(result.predictedScaled).toBe(243);
    expect(result.low).toBeCloseTo(0.178977 - 1.645 * 0.058084, 4);
    expect(result.high).toBeCloseTo(0.178977 + 1.645 * 0.058084, 4);
    expect(result.enoughEvidence).toBe(true);
    expect(result.verdict).toBe('likely-fail');
  });

  it('spreads the unpractised weight across the whole band, and then shows no number', () => {
    // a1: 6 of 8 right at recall 0.9 → 6.4/10 = 0.64, variance 0.64·0.36/11 = 0.0209455, weight 0.3.
    // b1: 18 of 18 at recall 1 → 19/20 = 0.95, variance 0.95·0.05/21 = 0.0022619, weight 0.4. a2 (0.3) never practised.
    const result = examReadiness(blueprint, [m('a1', 8, 6, 5.4), m('b1', 18, 18, 18), m('a2', 0, 0, 0)], scale, { answers: 26, questions: 12 });
    // covered 0.7, expected 0.192 + 0.38 = 0.572, predicted 0.572/0.7 = 0.817143
    // variance 0.09·0.0209455 + 0.16·0.0022619 + 0.7·0.817143·0.182857/90 = 0.0034092, sd 0.058388
    expect(result.predicted).toBeCloseTo(0.817143, 5);
    expect(result.low).toBeCloseTo(0.572 - 1.645 * 0.058388, 4);
    expect(result.high).toBeCloseTo(0.572 + 0.3 + 1.645 * 0.058388, 4);
    expect(result.basis).toEqual({ answers: 26, questionsPractised: 12, objectivesPractised: 2, objectivesTotal: 3, weightCovered: expect.closeTo(0.7, 10) });
    expect(result.verdict).toBe('borderline');
    // The band is 0.49 wide: the page says "not enough answers yet" instead of a score.
    expect(result.enoughEvidence).toBe(false);
  });

  it('gives a verdict only with a pass mark and half the weight covered', () => {
    const strong = [m('a1', 200, 196, 190), m('a2', 200, 194, 186), m('b1', 300, 291, 282)];
    expect(examReadiness(blueprint, strong, scale, { answers: 700, questions: 300 }).verdict).toBe('likely-pass');
    const weak = [m('a1', 200, 80, 70), m('a2', 200, 60, 50), m('b1', 300, 90, 80)];
    expect(examReadiness(blueprint, weak, scale, { answers: 700, questions: 300 }).verdict).toBe('likely-fail');
    // Only a1 (30 % of the weight) practised: below half, so no verdict however good, and no number.
    const narrow = examReadiness(blueprint, [m('a1', 200, 196, 190)], scale, { answers: 200, questions: 50 });
    expect([narrow.verdict, narrow.enoughEvidence]).toEqual(['unknown', false]);
    const noPassMark = { passMark: null, scaleMin: null, scaleMax: null, questionCount: null };
    const ccna = examReadiness(blueprint, strong, noPassMark, { answers: 700, questions: 300 });
    expect([ccna.verdict, ccna.passMarkFraction, ccna.predictedScaled]).toEqual(['unknown', null, null]);
    expect(ccna.predicted).toBeGreaterThan(0.9);
  });
});
