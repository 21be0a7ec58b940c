import Link from 'next/link';
import type { QueueCounts } from '@/lib/srs/review-queue';

const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';

function cardsText(count: number) {
  return count === 1 ? '1 card' : `${count} cards`;
}

/** Nothing to review: why (nothing due, or today's limits reached) and how the deck grows. */
export function ReviewEmpty({ counts }: { counts: QueueCounts }) {
  const overLimit = counts.due > 0 && counts.reviewsLeft === 0;
  return (
    <section aria-labelledby="review-empty" className="mt-8 rounded-xl border border-dashed border-slate-300 p-4 sm:p-6 dark:border-slate-700">
      <h2 id="review-empty" className="text-xl font-semibold">
        Nothing to review right now
      </h2>
      <p className="mt-2 text-slate-700 dark:text-slate-300">
        {overLimit
          ? `You have done today's maximum of reviews; ${cardsText(counts.due)} due will wait for tomorrow.`
          : 'No cards are due. Each card comes back just before you would forget it.'}{' '}
        {counts.newAvailable > 0 &&
          `${cardsText(counts.newAvailable)} in your deck ${counts.newAvailable === 1 ? 'is' : 'are'} still new; today's new cards are used up, so they start tomorrow.`}
      </p>
      {(overLimit || counts.newAvailable > 0) && (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          You can change the daily limits in the{' '}
          <Link href="/review/settings" className={link}>
            review settings
          </Link>
          .
        </p>
      )}
      <h3 className="mt-6 font-semibold">What next</h3>
      <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700 dark:text-slate-300">
        <li>
          Take a lesson quiz: every question you answer joins your deck.{' '}
          <Link href="/" className={link}>
            Browse courses
          </Link>
        </li>
        <li>Complete a lesson to add all of its questions at once.</li>
        <li>
          Or practise across topics with{' '}
          <Link href="/practice" className={link}>
            custom practice
          </Link>
          .
        </li>
      </ul>
    </section>
  );
}
