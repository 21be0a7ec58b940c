'use client';

import { Button } from '@/components/ui/button';
import type { ItemView } from '@/lib/quiz/attempt-view';

type Props = { items: ItemView[]; onJump: (position: number) => void; onSubmit: () => void; submitting: boolean; exam: boolean };

/** Before submitting: what is unanswered and what was flagged, each one click away. */
export function ReviewScreen({ items, onJump, onSubmit, submitting, exam }: Props) {
  const unanswered = items.filter((i) => !i.answered);
  const flagged = items.filter((i) => i.flagged);
  const list = (title: string, entries: ItemView[], empty: string) => (
    <section aria-label={title} className="mt-4">
      <h3 className="font-semibold">
        {title} ({entries.length})
      </h3>
      {entries.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">{empty}</p>
      ) : (
        <ul className="mt-2 flex flex-wrap gap-2">
          {entries.map((i) => (
            <li key={i.position}>
              <button
                type="button"
                onClick={() => onJump(i.position)}
                className="min-h-11 min-w-11 rounded-md border border-slate-300 px-3 text-sm font-semibold hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800"
              >
                Question {i.position + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <div className="mt-6 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 className="text-lg font-semibold">Review before you submit</h2>
      {list('Unanswered', unanswered, 'Every question has an answer.')}
      {list('Flagged for review', flagged, 'Nothing is flagged.')}
      <p className="mt-6 text-sm text-slate-600 dark:text-slate-300">
        {exam ? 'After submitting you cannot change answers. ' : ''}
        {unanswered.length > 0 ? `${unanswered.length} unanswered ${unanswered.length === 1 ? 'question counts' : 'questions count'} as wrong.` : ''}
      </p>
      <Button className="mt-3" onClick={onSubmit} disabled={submitting}>
        {submitting ? 'Submitting…' : exam ? 'Submit exam' : 'Submit and see results'}
      </Button>
    </div>
  );
}
