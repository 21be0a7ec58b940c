import type { Db } from '../db/client';
import { blueprintFit, coveredBlueprint, minimumExamLength, type BlueprintFit } from './blueprint-fit';
import { coursePool } from './question-pool';

export type ExamPlan = { length: 'full' | number; fit: BlueprintFit };
export type ExamPlans = {
  /** Domain code → title, for describing a shortfall. */
  titles: Record<string, string>;
  /** The lengths the start form offers, each with how well the bank fills its blueprint. */
  plans: ExamPlan[];
  /** The longest exam in the blueprint's proportions when the full one cannot be; null when it can, or none can. */
  balanced: number | null;
  /** When some domain has no questions at all (so nothing is balanced): the longest exam over the others in their proportions. */
  covered: { count: number; leftOut: string[] } | null;
};

const shortLengths = [10, 30];

/**
 * What the exam start form offers for a course: full length and the short ones, and, when the
 * bank cannot fill the full blueprint, the longest exam that keeps its proportions.
 */
export async function examPlans(db: Db, courseId: string, fullCount: number): Promise<ExamPlans> {
  const [domains, pool] = await Promise.all([
    db.domain.findMany({ where: { courseId }, orderBy: { order: 'asc' }, select: { code: true, title: true, weight: true } }),
    coursePool(db, courseId),
  ]);
  const fit = (count: number) => blueprintFit(pool, domains, count);
  const full = fit(fullCount);
  const balanced = full.short.length > 0 && full.proportionalCount >= minimumExamLength ? full.proportionalCount : null;
  const lengths: Array<'full' | number> = ['full', ...shortLengths.filter((n) => n < fullCount)];
  if (balanced !== null && !lengths.includes(balanced)) lengths.push(balanced);
  const rest = coveredBlueprint(pool, domains);
  const coveredCount =
    balanced === null && full.short.length > 0 && rest.leftOut.length > 0 ? blueprintFit(pool, rest.blueprint, fullCount).proportionalCount : 0;
  return {
    titles: Object.fromEntries(domains.map((d) => [d.code, d.title])),
    plans: lengths.map((length) => ({ length, fit: length === 'full' ? full : fit(length) })),
    balanced,
    covered: coveredCount >= minimumExamLength ? { count: coveredCount, leftOut: rest.leftOut } : null,
  };
}
