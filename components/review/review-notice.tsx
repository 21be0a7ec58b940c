import Link from 'next/link';
import type { Notice } from './use-review-session';

const box = 'rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950/40 dark:text-amber-100';
const link = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';

/** What happened to the previous card, when it was not the usual; kept in one polite status region. */
export function ReviewNotice({ notice }: { notice: Notice | null }) {
  return (
    <div role="status" className="mt-4 empty:mt-0">
      {notice?.kind === 'already-reviewed' && <p className={box}>Already reviewed in another tab, so that card was skipped here.</p>}
      {notice?.kind === 'nothing-to-undo' && <p className={box}>There was nothing left to undo.</p>}
      {notice?.kind === 'leech' && (
        <p className={box}>
          That card was suspended as a leech: it has been forgotten too many times to keep drilling. Study it again{' '}
          {notice.lessonHref && (
            <>
              in{' '}
              <Link href={notice.lessonHref} className={link}>
                its lesson
              </Link>
              , then{' '}
            </>
          )}
          restore it from{' '}
          <Link href="/review/suspended" className={link}>
            Suspended cards
          </Link>
          .
        </p>
      )}
    </div>
  );
}
