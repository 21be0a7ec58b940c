import type { CourseBlueprint } from '../courses/queries';
import { objectiveWeights } from '../dashboard/readiness';
import type { ObjectiveRecall } from './recall-on-date';

type Recall = { cards: number; recall: number | null };
export type SubObjectiveRecall = Recall & { code: string; title: string };
export type ObjectiveRecallRow = Recall & { id: string; code: string; title: string; weight: number; subObjectives: SubObjectiveRecall[] };
export type DomainRecall = { code: string; title: string; weight: number; recall: number | null; objectives: ObjectiveRecallRow[] };
export type BlueprintRecall = {
  domains: DomainRecall[];
  /** Weight-averaged recall over the objectives studied; null before any. */
  recall: number | null;
  /** Share of the exam's weight on objectives studied, 0..1. */
  weightStudied: number;
};

/**
 * Recall on the exam date rolled up the blueprint: each objective weighs its domain's share split
 * equally among the domain's objectives (as the readiness estimate weighs them), a domain and the
 * exam are the weighted means of the objectives studied, and the weight studied says how much of
 * the exam that mean speaks for. Sub-objectives are shown for reference and weigh nothing apart.
 */
export function rollUpRecall(blueprint: CourseBlueprint, rows: ObjectiveRecall[]): BlueprintRecall {
  const weights = objectiveWeights(blueprint);
  const byId = new Map(rows.map((row) => [row.objectiveId, row]));
  const of = (id: string): Recall => {
    const row = byId.get(id);
    return row ? { cards: row.cards, recall: row.recall } : { cards: 0, recall: null };
  };
  let total = { weight: 0, sum: 0 };
  const domains = blueprint.domains.map((domain) => {
    const objectives = domain.objectives.map((objective) => ({
      id: objective.id,
      code: objective.code,
      title: objective.title,
      weight: weights.get(objective.id) ?? 0,
      ...of(objective.id),
      subObjectives: objective.subObjectives.map((sub) => ({ code: sub.code, title: sub.title, ...of(sub.id) })),
    }));
    const studied = weightedMean(objectives);
    total = { weight: total.weight + studied.weight, sum: total.sum + studied.sum };
    return { code: domain.code, title: domain.title, weight: domain.weight, recall: studied.weight > 0 ? studied.sum / studied.weight : null, objectives };
  });
  return { domains, recall: total.weight > 0 ? total.sum / total.weight : null, weightStudied: total.weight };
}

function weightedMean(objectives: ObjectiveRecallRow[]): { weight: number; sum: number } {
  return objectives.reduce((acc, o) => (o.recall === null ? acc : { weight: acc.weight + o.weight, sum: acc.sum + o.weight * o.recall }), {
    weight: 0,
    sum: 0,
  });
}
