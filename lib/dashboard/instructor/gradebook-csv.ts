import { atRiskLabels } from './at-risk';
import type { CohortTable } from './cohort-table';
import { percent, toCsv } from './csv';

/** One row per learner: the cohort table's columns, then each blueprint domain's recall. */
export function gradebookCsv(table: CohortTable): string {
  const header = [
    'Name',
    'Email',
    'Progress %',
    'Lessons completed',
    'Predicted score %',
    'Readiness low %',
    'Readiness high %',
    'Verdict',
    'Last active',
    'Reviews last 7 days',
    'Overdue cards',
    'Exam attempts',
    'Best exam %',
    'Best scaled score',
    'At risk',
    ...table.domains.map((d) => `${d.code} ${d.title} recall %`),
  ];
  const rows = table.learners.map((l) => [
    l.name ?? '',
    l.email,
    percent(l.progress),
    l.completedLessons,
    percent(l.readiness.predicted),
    l.readiness.predicted === null ? null : percent(l.readiness.low),
    l.readiness.predicted === null ? null : percent(l.readiness.high),
    l.readiness.verdict,
    l.lastActiveAt ?? 'never',
    l.reviewsLast7Days,
    l.overdueCards,
    l.exams.attempts,
    percent(l.exams.bestScore),
    l.exams.bestScaledScore,
    l.atRisk.map((reason) => atRiskLabels[reason]).join('; '),
    ...l.domains.map((d) => percent(d.recall)),
  ]);
  return toCsv(header, rows);
}
