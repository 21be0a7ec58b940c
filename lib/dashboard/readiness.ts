import { defaultExamQuestionCount, scaledScore } from '../quiz/settings';
import type { ObjectiveMastery, PracticeTotals } from './mastery';

export type ReadinessBlueprint = { domains: Array<{ code: string; weight: number; objectives: Array<{ id: string }> }> };
export type ExamScale = { passMark: number | null; scaleMin: number | null; scaleMax: number | null; questionCount: number | null };
export type ReadinessVerdict = 'likely-pass' | 'borderline' | 'likely-fail' | 'unknown';

export type ExamReadiness = {
  /** Fractions of the maximum score, 0..1; predicted is null before any practice. */
  predicted: number | null;
  low: number;
  high: number;
  /** The same on the vendor's scale, where it publishes one. */
  predictedScaled: number | null;
  lowScaled: number | null;
  highScaled: number | null;
  passMarkFraction: number | null;
  verdict: ReadinessVerdict;
  /** False while the band is wider than maxBandWidth: the page then says "not enough answers yet" instead of a score. */
  enoughEvidence: boolean;
  basis: { answers: number; questionsPractised: number; objectivesPractised: number; objectivesTotal: number; weightCovered: number };
};

const z90 = 1.645;
/** Below this share of the exam's weight the band is too wide for any verdict. */
export const minimumWeightForVerdict = 0.5;
/**
 * A 90 % band wider than this share of the score says too little to print a number: the page says
 * "not enough answers yet" instead. 0.4 is about 14 answers at 50 % right on one objective, or 6
 * answers all right; for the exam, practice over most of its weight.
 */
export const maxBandWidth = 0.4;

export type ObjectiveEstimate = {
  /** The chance of answering one of its exam questions right now, 0..1. */
  estimate: number;
  variance: number;
  low: number;
  high: number;
  /** Whether the band is narrow enough for the estimate to be shown as a number. */
  enoughEvidence: boolean;
};

/**
 * The estimated chance of answering an exam question on the objective right, now; null when never
 * answered. Only answers the learner got right count for it, each weighted by FSRS's predicted
 * recall of its card today, in a Beta(1 + recalled right, 1 + the rest) posterior:
 *
 *   estimate = (1 + Σ right answers × recall of their card) / (2 + answers)
 *
 * Recall is at most 1, so the estimate never rises above answer accuracy (itself smoothed, so 2 of 2
 * right reads as 75 %): a card failed a minute ago has recall near 100 %, but its failed answer
 * adds nothing to the top. What was got right fades as its recall drops while the learner stays
 * away. Its variance is the posterior's, shrinking as answers accumulate.
 */
export function objectiveEstimate(mastery: Pick<ObjectiveMastery, 'answers' | 'correctAnswers' | 'recalledCorrect'>): ObjectiveEstimate | null {
  if (mastery.answers === 0) return null;
  const supported = Math.min(mastery.recalledCorrect, mastery.correctAnswers);
  const estimate = (1 + supported) / (2 + mastery.answers);
  const variance = (estimate * (1 - estimate)) / (mastery.answers + 3);
  const spread = z90 * Math.sqrt(variance);
  const low = Math.max(0, estimate - spread);
  const high = Math.min(1, estimate + spread);
  return { estimate, variance, low, high, enoughEvidence: high - low <= maxBandWidth };
}

/** Each objective's share of the exam: its domain's weight split equally among the domain's objectives. */
export function objectiveWeights(blueprint: ReadinessBlueprint): Map<string, number> {
  const total = blueprint.domains.reduce((sum, d) => sum + (d.objectives.length > 0 ? d.weight : 0), 0);
  const weights = new Map<string, number>();
  for (const domain of blueprint.domains) {
    for (const objective of domain.objectives) weights.set(objective.id, domain.weight / total / domain.objectives.length);
  }
  return weights;
}

export function passMarkFraction(exam: ExamScale): number | null {
  if (exam.passMark === null || exam.scaleMin === null || exam.scaleMax === null) return null;
  return (exam.passMark - exam.scaleMin) / (exam.scaleMax - exam.scaleMin);
}

/**
 * Exam readiness: a predicted score on the real exam with an honest band.
 *
 * The blueprint says how much of the exam each domain is; a domain's weight is shared equally by
 * its objectives (vendors publish no finer split). For an objective the learner has answered, the
 * chance of getting one of its exam questions right is objectiveEstimate: the answers got right,
 * each weighted by how well its card is recalled today, never more than the answers support.
 *
 * The predicted score is the weight-averaged estimate over the objectives practised: what the
 * learner would score if the rest of the exam went like the part we have seen. The 90 % band
 * (±1.645 sd) combines the uncertainty of each estimate (the Beta posterior's variance, which
 * shrinks as answers accumulate) with the luck of a real sitting (an exam of N questions scores a
 * binomial fraction). Objectives never practised are unknown: at the low end of the band they
 * score nothing and at the high end full marks, so the band spans their whole weight instead of
 * pretending they count as 0 or 1. A band wider than maxBandWidth is reported as not enough
 * evidence rather than as a number.
 */
export function examReadiness(blueprint: ReadinessBlueprint, mastery: ObjectiveMastery[], exam: ExamScale, practice: PracticeTotals): ExamReadiness {
  const weights = objectiveWeights(blueprint);
  let weightCovered = 0;
  let expected = 0;
  let estimateVariance = 0;
  let objectivesPractised = 0;
  for (const objective of mastery) {
    const weight = weights.get(objective.objectiveId);
    const estimate = objectiveEstimate(objective);
    if (weight === undefined || !estimate) continue;
    objectivesPractised += 1;
    weightCovered += weight;
    expected += weight * estimate.estimate;
    estimateVariance += weight * weight * estimate.variance;
  }
  const predicted = weightCovered > 0 ? expected / weightCovered : null;
  const questions = exam.questionCount ?? defaultExamQuestionCount;
  const sittingVariance = predicted === null ? 0 : (weightCovered * predicted * (1 - predicted)) / questions;
  const spread = z90 * Math.sqrt(estimateVariance + sittingVariance);
  const low = Math.max(0, expected - spread);
  const high = Math.min(1, expected + (1 - weightCovered) + spread);
  const passFraction = passMarkFraction(exam);
  const scaled = (fraction: number | null) => (fraction === null ? null : scaledScore(fraction, exam));
  return {
    predicted,
    low,
    high,
    predictedScaled: scaled(predicted),
    lowScaled: scaled(low),
    highScaled: scaled(high),
    passMarkFraction: passFraction,
    verdict: verdictOf({ predicted, low, high, weightCovered, passFraction }),
    enoughEvidence: predicted !== null && high - low <= maxBandWidth,
    basis: { answers: practice.answers, questionsPractised: practice.questions, objectivesPractised, objectivesTotal: weights.size, weightCovered },
  };
}

function verdictOf(r: { predicted: number | null; low: number; high: number; weightCovered: number; passFraction: number | null }): ReadinessVerdict {
  if (r.predicted === null || r.passFraction === null || r.weightCovered < minimumWeightForVerdict) return 'unknown';
  if (r.low >= r.passFraction) return 'likely-pass';
  if (r.high < r.passFraction) return 'likely-fail';
  return 'borderline';
}
