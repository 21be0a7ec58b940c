'use client';

import { useState } from 'react';
import { questionButtonLabel } from './answer-state';

export type NavigatorItem = { position: number; answered: boolean; flagged: boolean; current: boolean; /** The stem's opening words. */ stem: string };
export type NavigatorFilter = 'unanswered' | 'flagged' | 'all';

const filterLabels: Record<NavigatorFilter, string> = { unanswered: 'Unanswered', flagged: 'Flagged', all: 'All' };

export const matchesFilter = (filter: NavigatorFilter, item: { answered: boolean; flagged: boolean }) =>
  filter === 'all' || (filter === 'flagged' ? item.flagged : !item.answered);

// Answered is filled, unanswered outlined, the current one bold with a thick ring, and a flag glyph
// marks flagged ones: every state reads without colour.
function numberStyle({ answered }: NavigatorItem): string {
  return answered
    ? 'border-brand-700 bg-brand-700 text-white dark:border-brand-500 dark:bg-brand-600'
    : 'border-slate-400 bg-white text-slate-800 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100';
}

type Props = {
  items: NavigatorItem[];
  onJump: (position: number) => void;
  /** Which filter is chosen first: the review screen opens on what is unanswered. */
  initialFilter?: NavigatorFilter;
  /** Two columns where there is room (review screen); one in the drawer. */
  wide?: boolean;
};

/**
 * Every question as a compact row (number, state, the stem's opening words), filtered to the
 * unanswered or flagged ones; a click jumps to the question.
 */
export function QuestionNavigator({ items, onJump, initialFilter = 'all', wide = false }: Props) {
  const [filter, setFilter] = useState<NavigatorFilter>(initialFilter);
  const counts = {
    unanswered: items.filter((i) => matchesFilter('unanswered', i)).length,
    flagged: items.filter((i) => i.flagged).length,
    all: items.length,
  };
  const shown = items.filter((i) => matchesFilter(filter, i));
  return (
    <nav aria-label="Questions">
      <div role="group" aria-label="Show questions" className="flex flex-wrap gap-2">
        {(['unanswered', 'flagged', 'all'] as const).map((f) => (
          <button
            key={f}
            type="button"
            aria-pressed={filter === f}
            onClick={() => setFilter(f)}
            className="min-h-11 rounded-full border border-slate-300 px-3 text-sm font-medium hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 aria-pressed:border-brand-700 aria-pressed:bg-brand-700 aria-pressed:text-white dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:border-brand-500 dark:aria-pressed:bg-brand-600"
          >
            {filterLabels[f]} ({counts[f]})
          </button>
        ))}
      </div>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">{filter === 'flagged' ? 'Nothing is flagged.' : 'Every question has an answer.'}</p>
      ) : (
        <ol className={`mt-3 grid grid-cols-1 gap-1.5 ${wide ? 'sm:grid-cols-2' : ''}`}>
          {shown.map((item) => (
            <li key={item.position}>
              <button
                type="button"
                onClick={() => onJump(item.position)}
                aria-label={`${questionButtonLabel(item)}: ${item.stem}`}
                aria-current={item.current ? 'step' : undefined}
                className={`flex min-h-11 w-full items-center gap-2 rounded-md border px-2 py-1 text-left text-sm hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 dark:hover:bg-slate-800 ${
                  item.current ? 'border-slate-900 ring-1 ring-slate-900 dark:border-white dark:ring-white' : 'border-slate-200 dark:border-slate-700'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`flex size-8 shrink-0 items-center justify-center rounded border-2 tabular-nums ${item.current ? 'font-bold' : 'font-medium'} ${numberStyle(item)}`}
                >
                  {item.position}
                </span>
                <span aria-hidden="true" className="min-w-0 flex-1 truncate text-slate-700 dark:text-slate-200">
                  {item.stem}
                </span>
                {item.flagged && (
                  <span aria-hidden="true" className="shrink-0 text-amber-600 dark:text-amber-400">
                    ⚑
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
