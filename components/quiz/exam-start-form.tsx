'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { startExamAction } from '@/app/attempts/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';

type Props = { courseId: string; fullCount: number; minutes: number; available: number };

export function ExamStartForm({ courseId, fullCount, minutes, available }: Props) {
  const router = useRouter();
  const start = useAction(startExamAction);
  const [length, setLength] = useState<'full' | number>('full');
  const count = length === 'full' ? fullCount : length;
  const sitting = Math.min(count, available);

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium">Length</legend>
        <div className="mt-2 flex flex-wrap gap-3 text-sm">
          {(['full', 10, 30] as const).map((option) => (
            <label key={String(option)} className="flex items-center gap-2">
              <input type="radio" name={`length-${courseId}`} checked={length === option} onChange={() => setLength(option)} />
              {option === 'full' ? `Full (${fullCount} questions)` : `Short (${option} questions)`}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {sitting < count
          ? `The bank can supply ${sitting} of ${count} questions so far; the time is scaled to match (${Math.max(1, Math.round((minutes * sitting) / fullCount))} min).`
          : `${Math.max(1, Math.round((minutes * count) / fullCount))} minutes, at the real exam's pace.`}{' '}
        No feedback until you submit. The timer keeps running if you close the tab.
      </p>
      <FormStatus message={start.error} tone="error" />
      <Button disabled={start.pending || available === 0} onClick={() => start.run({ courseId, length }, (attempt) => router.push(`/attempts/${attempt.id}`))}>
        {start.pending ? 'Drawing questions…' : 'Start the simulation'}
      </Button>
    </div>
  );
}
