import type { LearnerRow } from '@/lib/dashboard/instructor/cohort-table';
import { ChartTable } from '../chart-table';
import { cardClass } from '../format';
import { ProgressChart } from './progress-chart';
import { progressBuckets } from './progress-distribution';

/** The cohort's spread through the course, as a chart and, folded, as a table. */
export function ProgressSection({ rows }: { rows: LearnerRow[] }) {
  const buckets = progressBuckets(rows);
  return (
    <section aria-labelledby="progress-spread" className={cardClass}>
      <h2 id="progress-spread" className="text-lg font-semibold">
        Lessons completed
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">Learners by share of the course’s published lessons completed.</p>
      <ProgressChart buckets={buckets} />
      <ChartTable summary="Show as a table" caption="Learners by lessons completed">
        <thead>
          <tr>
            <th scope="col">Completed</th>
            <th scope="col">On track</th>
            <th scope="col">At risk</th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.label}>
              <th scope="row" className="font-normal">
                {b.label}
              </th>
              <td className="tabular-nums">{b.onTrack}</td>
              <td className="tabular-nums">{b.atRisk}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </section>
  );
}
