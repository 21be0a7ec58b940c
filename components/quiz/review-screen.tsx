'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { QuestionNavigator, type NavigatorItem } from './question-navigator';
import { SubmitConfirm } from './submit-confirm';

type Props = { items: NavigatorItem[]; onJump: (position: number) => void; onSubmit: () => void; submitting: boolean; exam: boolean };

/** Before submitting: every question filterable to the unanswered or flagged ones, then a confirmed submit. */
export function ReviewScreen({ items, onJump, onSubmit, submitting, exam }: Props) {
  const [confirming, setConfirming] = useState(false);
  const unanswered = items.filter((i) => !i.answered).length;
  const flagged = items.filter((i) => i.flagged).length;
  return (
    <section aria-labelledby="review-heading" className="mt-4 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800">
      <h2 id="review-heading" className="text-lg font-semibold">
        Review before you submit
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">
        {unanswered} unanswered · {flagged} flagged · {items.length} in all. Pick a question to go back to it.
      </p>
      <div className="mt-4">
        <QuestionNavigator items={items} onJump={(n) => onJump(n - 1)} initialFilter={unanswered > 0 ? 'unanswered' : flagged > 0 ? 'flagged' : 'all'} wide />
      </div>
      <Button className="mt-6" onClick={() => setConfirming(true)} disabled={submitting}>
        {exam ? 'Submit exam…' : 'Submit and see results…'}
      </Button>
      <SubmitConfirm
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={onSubmit}
        unanswered={unanswered}
        flagged={flagged}
        exam={exam}
        submitting={submitting}
      />
    </section>
  );
}
