'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useRef, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { countDefinitions } from '@/lib/dashboard/counts';
import { formatDuration, ratingNames } from './ratings';
import type { ReviewSessionState } from './use-review-session';

const linkButton =
  'inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2 dark:bg-brand-600 dark:hover:bg-brand-500';

/** After the last card: this session's ratings and time, what comes tomorrow, and where to go next. */
export function ReviewFinish({ session }: { session: ReviewSessionState }) {
  const router = useRouter();
  const [refreshing, startRefresh] = useTransition();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { summary, rated } = session;
  const time = rated.reduce((sum, r) => sum + r.durationMs, 0);
  const more = summary !== null && (Math.min(summary.counts.due, summary.counts.reviewsLeft) > 0 || summary.counts.newLeft > 0);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <section
      aria-labelledby="review-finished"
      className="mt-6 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900/60"
    >
      <h2 id="review-finished" ref={headingRef} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
        Session complete
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300" title={countDefinitions.sessionReviews.means}>
        {rated.length === 1 ? '1 review' : `${rated.length} reviews`} this session, in {formatDuration(time)}.
      </p>
      {summary && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400" data-testid="reviews-today">
          {countDefinitions.reviews.label} today, all courses: {summary.counts.reviewedToday + summary.counts.newToday}, counting quiz, practice and exam
          answers that reviewed a card.
        </p>
      )}
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        {([1, 2, 3, 4] as const).map((rating) => (
          <div key={rating} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{ratingNames[rating]}</dt>
            <dd className="text-2xl font-semibold tabular-nums">{rated.filter((r) => r.rating === rating).length}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4">Due tomorrow: {summary ? summary.dueTomorrow : '…'}</p>
      {summary && (
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          New cards: {summary.counts.newLeft} more can start today, {summary.counts.newAvailable} not yet started in all.
        </p>
      )}
      <div className="mt-6 flex flex-wrap gap-3">
        {more ? (
          <Button onClick={() => startRefresh(() => router.refresh())} disabled={refreshing}>
            {refreshing ? 'Loading…' : 'Review more'}
          </Button>
        ) : (
          <Link href="/" className={linkButton}>
            Back to courses
          </Link>
        )}
        {session.canUndo && (
          <Button variant="secondary" onClick={session.undo} disabled={session.busy} aria-keyshortcuts="U">
            Undo last rating
          </Button>
        )}
      </div>
    </section>
  );
}
