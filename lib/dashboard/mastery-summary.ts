import type { CourseBlueprint } from '../courses/queries';
import type { DomainTotals } from './domain-mastery';
import type { ObjectiveMastery } from './mastery';
import { objectiveEstimate } from './readiness';

export type LessonLink = { id: string; title: string };
export type SubObjectiveLink = { code: string; title: string };
/** Mastery is per objective: a sub-objective's questions count for it, and its sub-objectives are listed for reference. */
export type ObjectiveRow = Omit<ObjectiveMastery, 'objectiveId' | 'domainCode'> & {
  id: string;
  title: string;
  /** The readiness estimate for the objective; null when never answered or when its band is too wide to mean anything ("not enough answers yet"). */
  estimate: number | null;
  lessons: LessonLink[];
  subObjectives: SubObjectiveLink[];
};
export type DomainRow = {
  code: string;
  title: string;
  weight: number;
  reviewedCards: number;
  meanRetrievability: number | null;
  answers: number;
  correctAnswers: number;
  objectives: ObjectiveRow[];
};

/**
 * The blueprint with the learner's mastery on each objective and each domain's totals. Given
 * `domainTotals` (one query per learner, each card counted once), the domain rows use them;
 * without, they are summed from the objectives, where a card covering two objectives of a domain
 * counts twice (the cohort view accepts that to stay at one query for many learners).
 */
export function masteryByDomain(
  blueprint: CourseBlueprint,
  mastery: ObjectiveMastery[],
  lessonsByObjective: Map<string, LessonLink[]>,
  domainTotals?: Map<string, DomainTotals>,
): DomainRow[] {
  const byObjective = new Map(mastery.map((m) => [m.objectiveId, m]));
  return blueprint.domains.map((domain) => {
    const objectives: ObjectiveRow[] = domain.objectives.map((objective) => {
      const m = byObjective.get(objective.id) ?? { cards: 0, reviewedCards: 0, meanRetrievability: null, answers: 0, correctAnswers: 0, recalledCorrect: 0 };
      const estimate = objectiveEstimate(m);
      return {
        id: objective.id,
        code: objective.code,
        title: objective.title,
        cards: m.cards,
        reviewedCards: m.reviewedCards,
        meanRetrievability: m.meanRetrievability,
        answers: m.answers,
        correctAnswers: m.correctAnswers,
        recalledCorrect: m.recalledCorrect,
        estimate: estimate?.enoughEvidence ? estimate.estimate : null,
        lessons: lessonsByObjective.get(objective.id) ?? [],
        subObjectives: objective.subObjectives.map((sub) => ({ code: sub.code, title: sub.title })),
      };
    });
    const totals = domainTotals ? domainTotals.get(domain.id) : summed(objectives);
    return {
      code: domain.code,
      title: domain.title,
      weight: domain.weight,
      reviewedCards: totals?.reviewedCards ?? 0,
      meanRetrievability: totals?.meanRetrievability ?? null,
      answers: totals?.answers ?? 0,
      correctAnswers: totals?.correctAnswers ?? 0,
      objectives,
    };
  });
}

function summed(objectives: ObjectiveRow[]): Omit<DomainTotals, 'domainId'> {
  const sum = (pick: (o: ObjectiveRow) => number) => objectives.reduce((total, o) => total + pick(o), 0);
  const reviewedCards = sum((o) => o.reviewedCards);
  return {
    reviewedCards,
    meanRetrievability: reviewedCards > 0 ? sum((o) => (o.meanRetrievability ?? 0) * o.reviewedCards) / reviewedCards : null,
    answers: sum((o) => o.answers),
    correctAnswers: sum((o) => o.correctAnswers),
    recalledCorrect: sum((o) => o.recalledCorrect),
  };
}
