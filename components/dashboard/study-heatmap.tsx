import type { HeatmapDay } from '@/lib/dashboard/study-history';
import { ChartTable } from './chart-table';
import { formatDayKey } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';
import { longDay, monthOf, plural } from './format';
import { heatmapGrid } from './heatmap-grid';

const cell = 11;
const pitch = 13;
const top = 14;
const shades = [
  'fill-slate-200 dark:fill-slate-800',
  'fill-brand-100 dark:fill-brand-800',
  'fill-brand-500/60 dark:fill-brand-700',
  'fill-brand-600 dark:fill-brand-500',
  'fill-brand-800 dark:fill-brand-100',
];

/** Reviews per day over the last year, as a calendar; a month-by-month table carries the same numbers. */
export async function StudyHeatmap({ start, today, days }: { start: string; today: string; days: HeatmapDay[] }) {
  const { locale } = await requestDates();
  const grid = heatmapGrid(start, today, days);
  const byMonth = new Map<string, { days: number; reviews: number }>();
  for (const d of days) {
    const month = d.day.slice(0, 7);
    const entry = byMonth.get(month) ?? { days: 0, reviews: 0 };
    byMonth.set(month, { days: entry.days + 1, reviews: entry.reviews + d.reviews });
  }
  return (
    <>
      {/* Right-to-left scrolling starts a narrow screen at the newest weeks; the calendar itself reads left to right. */}
      <div dir="rtl" className="mt-3 overflow-x-auto" tabIndex={0} role="region" aria-label="Study calendar, scrollable">
        <div dir="ltr">
          <svg
            viewBox={`0 0 ${grid.weeks * pitch} ${top + 7 * pitch}`}
            className="w-full min-w-[600px] max-w-3xl text-slate-600 dark:text-slate-400"
            role="img"
            aria-label={`Study calendar from ${longDay(start, locale)} to ${longDay(today, locale)}: reviews on ${plural(days.length, 'day')}.`}
          >
            {grid.months.map((m) => (
              <text key={m.key} x={m.week * pitch} y={10} fontSize={10} fill="currentColor">
                {formatDayKey(m.key, 'monthShort', locale)}
              </text>
            ))}
            {grid.cells.map((c) => (
              <rect key={c.day} x={c.week * pitch} y={top + c.weekday * pitch} width={cell} height={cell} rx={2} className={shades[c.level]}>
                <title>{`${longDay(c.day, locale)}: ${plural(c.reviews, 'review')}`}</title>
              </rect>
            ))}
          </svg>
        </div>
      </div>
      <p className="mt-1 flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400" aria-hidden="true">
        Less
        <svg width={shades.length * pitch} height={cell}>
          {shades.map((shade, level) => (
            <rect key={shade} x={level * pitch} width={cell} height={cell} rx={2} className={shade} />
          ))}
        </svg>
        More
      </p>
      <ChartTable summary="Study calendar as a table" caption="Days studied and reviews per month, last 365 days">
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Days studied</th>
            <th scope="col">Reviews</th>
          </tr>
        </thead>
        <tbody>
          {[...byMonth.entries()].map(([month, m]) => (
            <tr key={month}>
              <th scope="row" className="font-normal">
                {monthOf(month, locale)}
              </th>
              <td className="tabular-nums">{m.days}</td>
              <td className="tabular-nums">{m.reviews}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </>
  );
}
