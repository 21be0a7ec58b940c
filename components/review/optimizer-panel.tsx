'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { optimizeCourseAction, optimizeMyScheduleAction } from '@/app/review/actions';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/use-action';

export type RunSummary = {
  status: string;
  message: string | null;
  reviewCount: number | null;
  logLossBefore: number | null;
  logLossAfter: number | null;
  finishedAt: string | null;
} | null;

const pollMs = 3000;

/** The optimizer's button and last outcome; while a run is queued or running the page refreshes itself. */
export function OptimizerPanel({ run, courseId, label }: { run: RunSummary; courseId?: string; label: string }) {
  const router = useRouter();
  const mine = useAction(optimizeMyScheduleAction);
  const course = useAction(optimizeCourseAction);
  const start = courseId ? () => course.run({ courseId }, () => router.refresh()) : () => mine.run({}, () => router.refresh());
  const busy = run?.status === 'queued' || run?.status === 'running';
  const error = courseId ? course.error : mine.error;

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => router.refresh(), pollMs);
    return () => clearInterval(timer);
  }, [busy, router]);

  return (
    <div className="space-y-2">
      <Button type="button" variant="secondary" onClick={start} disabled={busy || mine.pending || course.pending}>
        {busy ? 'Optimizing in the background…' : label}
      </Button>
      <p role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {!run && 'Never optimized: the published FSRS-6 defaults are in use.'}
        {busy && 'Fitting the parameters to the review history; this page updates when it is done.'}
        {run?.status === 'fitted' &&
          `Optimized on ${run.reviewCount} reviews. Log loss ${run.logLossBefore?.toFixed(4)} with the defaults → ${run.logLossAfter?.toFixed(4)} with the fitted parameters (lower predicts better).`}
        {(run?.status === 'kept-defaults' || run?.status === 'failed') && run.message}
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}
