import type { RetentionRow } from '@/lib/dashboard/study-history';
import { passRate } from './format';
import { ScrollTable } from './scroll-table';

/** Anki's true retention: pass rate of each card's first review of the day, on cards already in review. */
export function RetentionTable({ rows }: { rows: RetentionRow[] }) {
  return (
    <ScrollTable caption="True retention, young and mature cards" className="mt-2">
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Young</th>
          <th scope="col">Mature</th>
          <th scope="col">Total</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row" className="font-normal">
              {row.label}
            </th>
            <td className="tabular-nums">{passRate(row.young.passed, row.young.reviews)}</td>
            <td className="tabular-nums">{passRate(row.mature.passed, row.mature.reviews)}</td>
            <td className="tabular-nums">{passRate(row.total.passed, row.total.reviews)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
