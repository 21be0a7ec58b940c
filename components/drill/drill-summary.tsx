import Link from 'next/link';
import { ScrollTable } from '@/components/dashboard/scroll-table';
import { RichText } from '@/components/quiz/rich-text';
import type { DrillSummary } from '@/lib/drill/run-summary';
import { percent } from '@/components/dashboard/format';
import { formatSeconds } from './drill-format';

/** The end of a sprint: totals, accuracy and median time per generator, and each miss with its solution. */
export function DrillSummaryView({ summary }: { summary: DrillSummary }) {
  return (
    <div className="mx-auto max-w-3xl" data-testid="drill-summary">
      <h2 className="text-2xl font-bold tracking-tight">Sprint summary</h2>
      {summary.answered === 0 ? (
        <p className="mt-3 text-slate-700 dark:text-slate-300">
          No problem was answered in this sprint, so there is nothing to score. Start another when you are ready.
        </p>
      ) : (
        <>
          <p className="mt-3 text-lg">
            <strong>
              {summary.correct} of {summary.answered}
            </strong>{' '}
            right ({percent(summary.accuracy)}), median <strong>{formatSeconds(summary.medianSeconds)}</strong> a problem.
          </p>
          <ScrollTable caption="Accuracy and median seconds per generator" className="mt-4">
            <thead>
              <tr>
                <th scope="col">Generator</th>
                <th scope="col">Right</th>
                <th scope="col">Accuracy</th>
                <th scope="col">Median time</th>
              </tr>
            </thead>
            <tbody>
              {summary.byGenerator.map((g) => (
                <tr key={g.generator}>
                  <th scope="row">{g.label}</th>
                  <td>
                    {g.correct}/{g.answered}
                  </td>
                  <td>{percent(g.accuracy)}</td>
                  <td>{formatSeconds(g.medianSeconds)}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      )}
      {summary.missed.length > 0 && (
        <section aria-labelledby="missed" className="mt-8">
          <h3 id="missed" className="text-lg font-semibold">
            Missed ({summary.missed.length})
          </h3>
          <ol className="mt-3 space-y-4">
            {summary.missed.map((m) => (
              <li key={m.position} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
                  Problem {m.position + 1} · {m.label}
                </p>
                <RichText html={m.stemHtml} variant="prose" className="mt-2" />
                <dl className="mt-2 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
                  <dt className="font-medium">Your answer</dt>
                  <dd className="min-w-0 font-mono [overflow-wrap:anywhere]">{m.response}</dd>
                  <dt className="font-medium">Answer</dt>
                  <dd className="min-w-0 font-mono [overflow-wrap:anywhere]">{m.answer}</dd>
                </dl>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium">Worked solution</summary>
                  <RichText html={m.explanationHtml} variant="prose" className="mt-2" />
                </details>
              </li>
            ))}
          </ol>
        </section>
      )}
      <div className="mt-8 flex flex-wrap gap-3">
        <Link
          href="/drill"
          className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-600"
        >
          New sprint
        </Link>
        <Link
          href="/dashboard"
          className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-4 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Dashboard
        </Link>
      </div>
    </div>
  );
}
