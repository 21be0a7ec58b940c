import type { LearnerRow } from '@/lib/dashboard/instructor/cohort-table';
import { percent } from '../format';

/** "62% (48–75%)", or the scaled score where the vendor publishes a scale; no number while the band is too wide. */
export function readinessText(readiness: LearnerRow['readiness']): string {
  if (readiness.predicted === null) return 'unknown';
  if (!readiness.enoughEvidence) return 'not enough answers yet';
  if (readiness.predictedScaled !== null) return `${readiness.predictedScaled} (${readiness.lowScaled}–${readiness.highScaled})`;
  return `${percent(readiness.predicted)} (${percent(readiness.low)}–${percent(readiness.high)})`;
}

/** Whole days between two instants, as "today", "yesterday", "5 days ago" or "never". */
export function lastActiveText(lastActiveAt: string | null, now: string): string {
  if (!lastActiveAt) return 'never';
  const days = Math.floor((Date.parse(now) - Date.parse(lastActiveAt)) / 86_400_000);
  if (days <= 0) return 'today';
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

export function bestExamText(exams: LearnerRow['exams']): string {
  if (exams.attempts === 0) return 'none';
  const best = exams.bestScaledScore !== null ? String(exams.bestScaledScore) : percent(exams.bestScore);
  return `${exams.attempts} · best ${best}`;
}
