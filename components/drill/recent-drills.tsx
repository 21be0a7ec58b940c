import Link from 'next/link';
import { EmptyNote } from '@/components/dashboard/empty-note';
import type { DrillSpeedRun } from '@/lib/drill/drill-speed';
import { percent } from '@/components/dashboard/format';
import { totalsOf } from './drill-format';
import { formatDate } from '@/lib/format/dates';
import { requestDates } from '@/lib/format/request-dates';

/** The learner's last few sprints beside the picker, newest first; a first-timer is told what a sprint is. */
export async function RecentDrills({ runs }: { runs: DrillSpeedRun[] }) {
  const dates = await requestDates();
  return (
    <section aria-labelledby="recent-drills" className="min-w-0">
      <h2 id="recent-drills" className="text-lg font-semibold">
        Recent sprints
      </h2>
      {runs.length === 0 ? (
        <EmptyNote>
          No drills yet. Pick a preset such as <strong>Subnetting</strong> and press Start: you get one problem at a time, the worked solution after each
          answer, and your accuracy and speed at the end.
        </EmptyNote>
      ) : (
        <>
          <ul className="mt-3 space-y-2 text-sm">
            {[...runs].reverse().map((run) => {
              const total = totalsOf(run.byGenerator);
              return (
                <li key={run.runId} className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
                  <Link href={`/drill/${run.runId}`} className="font-medium text-brand-700 underline-offset-2 hover:underline dark:text-brand-100">
                    {formatDate(run.startedAt, 'dateTime', dates)}
                  </Link>
                  <p className="text-slate-600 dark:text-slate-300">
                    {total.correct}/{total.answered} right ({percent(total.accuracy)}) · {run.byGenerator.map((g) => g.label).join(', ')}
                  </p>
                </li>
              );
            })}
          </ul>
          <p className="mt-3 text-sm">
            <Link href="/dashboard" className="text-brand-700 underline underline-offset-2 dark:text-brand-100">
              Your drill speed over time is on the dashboard.
            </Link>
          </p>
        </>
      )}
    </section>
  );
}
