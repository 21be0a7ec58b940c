'use client';

import Link from 'next/link';
import { useState } from 'react';
import type { LearnerRow } from '@/lib/dashboard/instructor/cohort-table';
import { linkClass, percent, tableClass } from '../format';
import { AtRiskBadges } from './at-risk-badges';
import { bestExamText, lastActiveText, readinessText } from './learner-format';

type SortKey = 'learner' | 'progress' | 'readiness' | 'lastActive' | 'reviews' | 'overdue' | 'exams' | 'atRisk';

// Missing values sort as lowest, so "never active" and "unknown" gather at one end.
const sortValue: Record<SortKey, (row: LearnerRow) => string | number> = {
  learner: (r) => (r.name ?? r.email).toLowerCase(),
  progress: (r) => r.progress,
  readiness: (r) => r.readiness.predicted ?? -1,
  lastActive: (r) => (r.lastActiveAt ? Date.parse(r.lastActiveAt) : -1),
  reviews: (r) => r.reviewsLast7Days,
  overdue: (r) => r.overdueCards,
  exams: (r) => r.exams.bestScore ?? -1,
  atRisk: (r) => r.atRisk.length,
};

const columns: Array<{ key: SortKey; label: string; numeric?: boolean }> = [
  { key: 'learner', label: 'Learner' },
  { key: 'progress', label: 'Progress', numeric: true },
  { key: 'readiness', label: 'Readiness', numeric: true },
  { key: 'lastActive', label: 'Last active' },
  { key: 'reviews', label: 'Reviews, 7 days', numeric: true },
  { key: 'overdue', label: 'Overdue cards', numeric: true },
  { key: 'exams', label: 'Exams', numeric: true },
  { key: 'atRisk', label: 'At risk' },
];

/** The cohort's learners, one row each, sortable by any column; names open the learner's dashboard. */
export function LearnersTable({ rows, cohortId, now }: { rows: LearnerRow[]; cohortId: string; now: string }) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'atRisk', descending: true });
  const sorted = [...rows].sort((a, b) => {
    const [x, y] = [sortValue[sort.key](a), sortValue[sort.key](b)];
    const order = x < y ? -1 : x > y ? 1 : 0;
    return sort.descending ? -order : order;
  });
  const toggle = (key: SortKey) => setSort((current) => ({ key, descending: current.key === key ? !current.descending : key !== 'learner' }));
  return (
    <div className="mt-3 overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-800">
      <table className={tableClass}>
        <caption className="sr-only">Learners of the cohort; column headers sort the table.</caption>
        <thead className="text-slate-600 dark:text-slate-400">
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                className="font-medium"
                aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
              >
                <button type="button" onClick={() => toggle(column.key)} className="inline-flex items-center gap-1 hover:underline">
                  {column.label}
                  <span aria-hidden="true" className="text-xs">
                    {sort.key === column.key ? (sort.descending ? '▼' : '▲') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.userId} className={row.atRisk.length ? 'bg-red-50/60 dark:bg-red-950/20' : undefined}>
              <th scope="row" className="max-w-56 font-normal">
                <Link href={`/instructor/cohorts/${cohortId}/learners/${row.userId}`} className={linkClass}>
                  {row.name ?? row.email}
                </Link>
                {row.name && <div className="truncate text-xs text-slate-500 dark:text-slate-400">{row.email}</div>}
              </th>
              <td className="tabular-nums">{percent(row.progress)}</td>
              <td className="whitespace-nowrap tabular-nums">{readinessText(row.readiness)}</td>
              <td className="whitespace-nowrap" title={row.lastActiveAt ?? undefined}>
                {lastActiveText(row.lastActiveAt, now)}
              </td>
              <td className="tabular-nums">{row.reviewsLast7Days}</td>
              <td className="tabular-nums">{row.overdueCards}</td>
              <td className="whitespace-nowrap tabular-nums">{bestExamText(row.exams)}</td>
              <td>
                <AtRiskBadges reasons={row.atRisk} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
