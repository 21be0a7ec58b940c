import type { DomainCoverage } from '@/lib/coverage/coverage-report';
import { ChartTable } from '@/components/dashboard/chart-table';

const pct = (value: number) => `${value.toFixed(1)}%`;

/**
 * One bar per domain: its whole weight as the track, the covered part filled. Drawn for the eye
 * only; the table under it carries the same numbers for everyone.
 */
export function DomainCoverageBars({ domains }: { domains: DomainCoverage[] }) {
  return (
    <div>
      <ul className="space-y-2" aria-hidden="true">
        {domains.map((d) => (
          <li key={d.code} className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 text-sm sm:grid-cols-[14rem_minmax(0,1fr)_auto]">
            <span className="truncate font-medium">
              {d.code} {d.title}
            </span>
            <span className="order-last col-span-2 h-3 rounded bg-slate-200 sm:order-none sm:col-span-1 dark:bg-slate-800">
              <span
                className="block h-3 rounded bg-brand-600 dark:bg-brand-500"
                style={{ width: `${d.weight > 0 ? (d.coveredWeight / d.weight) * 100 : 0}%` }}
              />
            </span>
            <span className="text-right tabular-nums text-slate-600 dark:text-slate-300">
              {pct(d.coveredWeight)} of {d.weight}%
            </span>
          </li>
        ))}
      </ul>
      <ChartTable summary="Show the numbers" caption="Blueprint weight covered per domain">
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Weight</th>
            <th scope="col">Covered</th>
            <th scope="col">Share of the domain</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.code}>
              <th scope="row">
                {d.code} {d.title}
              </th>
              <td className="tabular-nums">{d.weight}%</td>
              <td className="tabular-nums">{pct(d.coveredWeight)}</td>
              <td className="tabular-nums">{d.weight > 0 ? pct((d.coveredWeight / d.weight) * 100) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
