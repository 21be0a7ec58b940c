'use client';

import { useState } from 'react';
import type { ItemView } from '@/lib/quiz/attempt-view';
import { formatDuration } from '@/lib/quiz/time-spent';
import { htmlToText } from './html-text';
import { QuestionView } from './question-view';

type Filter = 'all' | 'incorrect' | 'flagged';
const filters: Array<{ id: Filter; label: string }> = [
  { id: 'all', label: 'All questions' },
  { id: 'incorrect', label: 'Review incorrect only' },
  { id: 'flagged', label: 'Review flagged only' },
];

const noop = () => {};

/** Incorrect here means not fully correct: partly correct and unanswered questions score 0 too. */
const isIncorrect = (item: ItemView) => !item.feedback?.correct;

function verdictOf(item: ItemView): { icon: string; text: string } {
  if (!item.answered) return { icon: '–', text: 'Not answered' };
  if (item.feedback?.correct) return { icon: '✓', text: 'Correct' };
  if ((item.feedback?.partial ?? 0) > 0) return { icon: '◐', text: `Partly correct ${Math.round(item.feedback!.partial * 100)}% (scores 0)` };
  return { icon: '✗', text: 'Incorrect' };
}

/**
 * Every question of a submitted attempt, folded to one line (verdict, time, flag, the stem's start)
 * and opened one at a time or all at once; filters narrow it to the incorrect or flagged ones.
 */
export function ReportItems({ items }: { items: ItemView[] }) {
  const [filter, setFilter] = useState<Filter>('all');
  const [openAll, setOpenAll] = useState<boolean | null>(null);
  const counts: Record<Filter, number> = { all: items.length, incorrect: items.filter(isIncorrect).length, flagged: items.filter((i) => i.flagged).length };
  const shown = items.filter((i) => filter === 'all' || (filter === 'incorrect' ? isIncorrect(i) : i.flagged));
  return (
    <div>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <div role="group" aria-label="Which questions to show" className="flex flex-wrap gap-2">
          {filters.map((f) => (
            <button
              key={f.id}
              type="button"
              aria-pressed={filter === f.id}
              onClick={() => setFilter(f.id)}
              className="min-h-11 rounded-full border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-brand-500 dark:aria-pressed:bg-brand-600"
            >
              {f.label} ({counts[f.id]})
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={() => setOpenAll(!openAll)}
          className="ml-auto min-h-11 px-2 text-sm font-medium text-brand-700 underline underline-offset-2 dark:text-brand-100"
        >
          {openAll ? 'Fold all' : 'Open all'}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="mt-4 text-sm text-slate-600 dark:text-slate-300">{filter === 'flagged' ? 'You flagged no question.' : 'Every question is correct.'}</p>
      ) : (
        <ol className="mt-4 space-y-2">
          {shown.map((item) => {
            const verdict = verdictOf(item);
            return (
              <li key={`${item.position}-${openAll}`}>
                <details open={openAll ?? false} className="group rounded-xl border border-slate-200 dark:border-slate-800">
                  <summary className="flex min-h-11 cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 rounded-xl px-3 py-2 text-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:hover:bg-slate-900 [&::-webkit-details-marker]:hidden">
                    <span aria-hidden="true" className="text-slate-500 transition-transform group-open:rotate-90">
                      ▸
                    </span>
                    <span className="font-semibold tabular-nums">Question {item.position + 1}</span>
                    <span className="whitespace-nowrap">
                      <span aria-hidden="true">{verdict.icon} </span>
                      {verdict.text}
                    </span>
                    <span className="hidden min-w-0 flex-1 truncate text-slate-600 sm:block dark:text-slate-300">{htmlToText(item.question.stemHtml)}</span>
                    <span className="ml-auto whitespace-nowrap tabular-nums text-slate-600 dark:text-slate-300">
                      <span className="sr-only">Time: </span>
                      {formatDuration(item.timeMs)}
                    </span>
                    {item.flagged && (
                      <span className="text-amber-700 dark:text-amber-400">
                        <span aria-hidden="true">⚑</span>
                        <span className="sr-only">flagged</span>
                      </span>
                    )}
                  </summary>
                  <div className="px-3 pb-3">
                    <QuestionView question={item.question} value={item.response} onChange={noop} feedback={item.feedback} number={item.position + 1} disabled />
                    {!item.answered && <p className="mt-2 text-sm font-medium">You did not answer this question.</p>}
                    {item.heldBack && (
                      <p className="mt-2 text-sm">This question is in your exam simulation in progress: its answer waits until you submit the exam.</p>
                    )}
                  </div>
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
