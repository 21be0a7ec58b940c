'use client';

import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';

type Props = {
  open: boolean;
  onClose: () => void;
  onConfirm: () => void;
  unanswered: number;
  /** null where flags do not exist (Cisco-style exams). */
  flagged: number | null;
  /** An exam cannot be changed afterwards; a quiz or practice is simply finished. */
  exam: boolean;
  submitting: boolean;
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one confirmation before an attempt is submitted, from the review screen or Finish on any question. */
export function SubmitConfirm({ open, onClose, onConfirm, unanswered, flagged, exam, submitting }: Props) {
  const action = exam ? 'Submit exam' : 'Finish and see results';
  return (
    <Dialog open={open} onClose={onClose} title={exam ? 'Submit the exam?' : 'Finish now?'}>
      <ul className="space-y-1 text-sm">
        <li>
          <strong className="tabular-nums">{plural(unanswered, 'question', 'questions')}</strong> not answered
          {unanswered > 0 ? ': they count as wrong.' : '.'}
        </li>
        {flagged !== null && (
          <li>
            <strong className="tabular-nums">{plural(flagged, 'question', 'questions')}</strong> flagged for review.
          </li>
        )}
      </ul>
      {exam && <p className="mt-3 text-sm text-slate-600 dark:text-slate-300">After submitting you cannot change answers.</p>}
      <div className="mt-5 flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={onClose}>
          Keep going
        </Button>
        <Button onClick={onConfirm} disabled={submitting} autoFocus>
          {submitting ? 'Submitting…' : action}
        </Button>
      </div>
    </Dialog>
  );
}
