import Link from 'next/link';
import { ScrollTable } from '@/components/dashboard/scroll-table';
import type { CoverageRow, CoverageStatus } from '@/lib/coverage/coverage-report';

const badge: Record<CoverageStatus, { label: string; className: string }> = {
  gap: { label: 'Gap', className: 'bg-red-100 text-red-900 dark:bg-red-900/40 dark:text-red-100' },
  partial: { label: 'Partly covered', className: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-100' },
  covered: { label: 'Covered', className: 'bg-emerald-100 text-emerald-900 dark:bg-emerald-900/40 dark:text-emerald-100' },
};

/** Every objective and sub-objective, in the order given (gaps first), with what covers it. */
export function CoverageTable({ rows }: { rows: CoverageRow[] }) {
  return (
    <ScrollTable caption="Objectives and sub-objectives, gaps first">
      <thead>
        <tr>
          <th scope="col">Status</th>
          <th scope="col">Objective</th>
          <th scope="col">Weight</th>
          <th scope="col">Lessons</th>
          <th scope="col">Questions</th>
          <th scope="col">Generated</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code}>
            <td>
              <span className={`whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-semibold ${badge[row.status].className}`}>{badge[row.status].label}</span>
            </td>
            <th scope="row" className={`max-w-72 whitespace-normal font-normal ${row.kind === 'sub-objective' ? 'pl-6' : ''}`}>
              <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{row.code}</span> {row.title}
              {row.kind === 'sub-objective' && <span className="sr-only"> (sub-objective of {row.code.split('.').slice(0, 2).join('.')})</span>}
            </th>
            <td className="tabular-nums">{row.weight.toFixed(2)}%</td>
            <td className="max-w-56 whitespace-normal">
              {row.lessons.length === 0 ? (
                <span className="text-slate-500 dark:text-slate-400">none</span>
              ) : (
                row.lessons.map((lesson, i) => (
                  <span key={lesson.id}>
                    {i > 0 && ', '}
                    <Link href={`/author/lessons/${lesson.id}`} className="underline">
                      {lesson.title}
                    </Link>
                  </span>
                ))
              )}
            </td>
            <td className="tabular-nums">{row.questions.length}</td>
            <td className="tabular-nums">{row.generated.length}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
