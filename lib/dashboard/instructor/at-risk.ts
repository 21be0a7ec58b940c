import type { ReadinessVerdict } from '../readiness';

export type AtRiskReason = 'inactive' | 'failing' | 'overdue';

/** No sign-in activity for this many days. */
export const inactiveDays = 7;
/** More overdue cards than this: the backlog has outgrown a normal day's reviews. */
export const overdueLimit = 50;

export const atRiskRule = `At risk: no activity for ${inactiveDays} days or more (or never), the readiness band lies entirely below the pass mark, or more than ${overdueLimit} cards are overdue.`;

export const atRiskLabels: Record<AtRiskReason, string> = {
  inactive: `inactive ${inactiveDays}+ days`,
  failing: 'below pass mark',
  overdue: `>${overdueLimit} overdue`,
};

export function atRiskReasons(learner: { lastActiveAt: Date | null; verdict: ReadinessVerdict; overdueCards: number }, now: Date): AtRiskReason[] {
  const reasons: AtRiskReason[] = [];
  const idleMs = learner.lastActiveAt ? now.getTime() - learner.lastActiveAt.getTime() : Infinity;
  if (idleMs >= inactiveDays * 86_400_000) reasons.push('inactive');
  if (learner.verdict === 'likely-fail') reasons.push('failing');
  if (learner.overdueCards > overdueLimit) reasons.push('overdue');
  return reasons;
}
