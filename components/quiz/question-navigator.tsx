'use client';

import { questionButtonLabel } from './answer-state';

export type NavigatorItem = { position: number; answered: boolean; flagged: boolean; current: boolean };

// Answered is filled, unanswered outlined, the current one gets a thick ring and bold number, and
// a flag glyph marks flagged ones: every state reads without colour.
function buttonStyle({ answered, current }: NavigatorItem): string {
  const fill = answered
    ? 'border-brand-700 bg-brand-700 text-white hover:bg-brand-800 dark:border-brand-500 dark:bg-brand-600 dark:hover:bg-brand-500'
    : 'border-slate-300 bg-white text-slate-800 hover:border-brand-500 hover:bg-brand-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800';
  const ring = current ? 'font-bold ring-2 ring-slate-900 ring-offset-2 dark:ring-white dark:ring-offset-slate-950' : 'font-medium';
  return `${fill} ${ring}`;
}

/** Exam-mode grid of question numbers; jumps to a question on click. */
export function QuestionNavigator({ items, onJump }: { items: NavigatorItem[]; onJump: (position: number) => void }) {
  return (
    <nav aria-label="Questions">
      <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-2">
        {items.map((item) => (
          <li key={item.position}>
            <button
              type="button"
              onClick={() => onJump(item.position)}
              aria-label={questionButtonLabel(item)}
              aria-current={item.current ? 'step' : undefined}
              className={`relative flex h-11 w-full items-center justify-center rounded-md border-2 text-sm tabular-nums focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 ${buttonStyle(item)}`}
            >
              {item.position}
              {item.flagged && (
                <span
                  aria-hidden="true"
                  className="absolute -top-1.5 -right-1.5 flex size-5 items-center justify-center rounded-full bg-amber-400 text-xs text-slate-900 ring-2 ring-white dark:ring-slate-950"
                >
                  ⚑
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
      <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="size-3 rounded-sm bg-brand-700 dark:bg-brand-600" />
          Answered
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true" className="size-3 rounded-sm border-2 border-slate-400" />
          Not answered
        </li>
        <li className="flex items-center gap-1">
          <span aria-hidden="true">⚑</span>
          Flagged
        </li>
      </ul>
    </nav>
  );
}
