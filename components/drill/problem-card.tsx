import type { ReactNode } from 'react';
import { RichText } from '@/components/quiz/rich-text';
import type { ProblemView } from '@/lib/drill/problem-view';

/** The problem as the server presented it: stem, then the candidates or the lines to answer in order. */
export function ProblemCard({ problem, children }: { problem: ProblemView; children: ReactNode }) {
  return (
    <section aria-labelledby="drill-problem" className="mt-6 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <p className="text-xs font-semibold uppercase tracking-wide text-slate-500 dark:text-slate-400">
        Problem {problem.position + 1} · {problem.label}
      </p>
      <h2 id="drill-problem" className="sr-only">
        Problem {problem.position + 1}
      </h2>
      <RichText html={problem.stemHtml} variant="prose" className="mt-2" />
      {problem.list && (
        <div className="mt-3">
          <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {problem.list.kind === 'in-order' ? 'Answer each, in this order:' : 'Candidates:'}
          </p>
          <ol className="mt-1 list-decimal space-y-1 pl-6 text-sm">
            {problem.list.itemsHtml.map((html, i) => (
              <li key={i}>
                <RichText html={html} />
              </li>
            ))}
          </ol>
        </div>
      )}
      {children}
    </section>
  );
}
