import Link from 'next/link';
import { formatSeconds } from '@/components/drill/drill-format';
import { Section } from '@/components/ui/section';
import type { DrillSpeed } from '@/lib/drill/drill-speed';
import { ChartTable } from './chart-table';
import { SeriesLineChart, type SeriesPoint } from './series-line-chart';
import { EmptyNote } from './empty-note';
import { cardClass, linkClass, percent } from './format';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

/** "Drill speed": accuracy and median seconds a problem per generator over the learner's sprints, charted and tabled. */
export async function DrillSpeedSection({ speed }: { speed: DrillSpeed }) {
  const dates = await requestDates();
  const labels = speed.runs.map((r, i) => `#${i + 1}`);
  const series = speed.generators.map((g) => ({ key: g.generator, label: g.label }));
  const pointsOf = (value: (score: DrillSpeed['runs'][number]['byGenerator'][number]) => number | null): SeriesPoint[] =>
    speed.runs.map((run, i) => ({ label: labels[i], ...Object.fromEntries(run.byGenerator.map((g) => [g.generator, value(g)])) }));
  return (
    <Section id="drill-speed" title="Drill speed" className={cardClass}>
      {speed.runs.length === 0 ? (
        <EmptyNote>
          No drill sprints yet. Subnetting speed decides how much exam time is left for the rest:{' '}
          <Link href="/drill" className={linkClass}>
            start a 5-minute drill
          </Link>{' '}
          and your accuracy and median seconds a problem show here, per generator.
        </EmptyNote>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
            Your last {speed.runs.length} {speed.runs.length === 1 ? 'sprint' : 'sprints'}, oldest first.{' '}
            <Link href="/drill" className={linkClass}>
              Drill again
            </Link>
          </p>
          <div className="grid gap-4 lg:grid-cols-2">
            <div className="min-w-0">
              <h3 className="mt-3 text-sm font-semibold">Median seconds a problem</h3>
              <SeriesLineChart points={pointsOf((g) => (g.medianSeconds === null ? null : Math.round(g.medianSeconds * 10) / 10))} series={series} unit="s" />
            </div>
            <div className="min-w-0">
              <h3 className="mt-3 text-sm font-semibold">Accuracy</h3>
              <SeriesLineChart points={pointsOf((g) => (g.accuracy === null ? null : Math.round(g.accuracy * 100)))} series={series} unit="%" />
            </div>
          </div>
          <ChartTable summary="Show the numbers" caption="Drill accuracy and median seconds per generator, per sprint">
            <thead>
              <tr>
                <th scope="col">Sprint</th>
                <th scope="col">Generator</th>
                <th scope="col">Right</th>
                <th scope="col">Accuracy</th>
                <th scope="col">Median time</th>
              </tr>
            </thead>
            <tbody>
              {speed.runs.flatMap((run, i) =>
                run.byGenerator.map((g) => (
                  <tr key={`${run.runId}:${g.generator}`}>
                    <th scope="row" className="font-normal">
                      {labels[i]} · {formatDate(run.startedAt, 'dateTime', dates)}
                    </th>
                    <td>{g.label}</td>
                    <td className="tabular-nums">
                      {g.correct}/{g.answered}
                    </td>
                    <td className="tabular-nums">{percent(g.accuracy)}</td>
                    <td className="tabular-nums">{formatSeconds(g.medianSeconds)}</td>
                  </tr>
                )),
              )}
            </tbody>
          </ChartTable>
        </>
      )}
    </Section>
  );
}
