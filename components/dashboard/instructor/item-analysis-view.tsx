import Link from 'next/link';
import type { ItemStats } from '@/lib/dashboard/item-analysis';
import { EmptyNote } from '../empty-note';
import { cardClass, linkClass } from '../format';
import { minimumAnswersForFlags } from '@/lib/dashboard/item-analysis-flags';
import { editorPath } from './item-flags';
import { ItemScatter } from './item-scatter';
import { ItemTable } from './item-table';

/** The analysis itself: a summary, the facility/discrimination map and the table of every question. */
export function ItemAnalysisView({ items, hasCohorts }: { items: ItemStats[]; hasCohorts: boolean }) {
  const answered = items.filter((i) => i.attempts > 0);
  if (answered.length === 0) {
    return (
      <EmptyNote>
        No answers from your learners yet. Statistics appear once they submit lesson quizzes, practice sessions or exam simulations of this course.{' '}
        {!hasCohorts && (
          <Link href="/instructor/cohorts" className={linkClass}>
            Create a cohort for this course first.
          </Link>
        )}
      </EmptyNote>
    );
  }
  const unanswered = items.filter((i) => i.attempts === 0);
  const flagged = items.filter((i) => i.flags.length > 0);
  const tooFew = answered.filter((i) => i.sampleTooSmall).length;
  const points = items.flatMap((i) =>
    i.facility !== null && i.discrimination !== null
      ? [{ questionId: i.questionId, facility: i.facility, discrimination: i.discrimination, flagged: i.flags.length > 0 }]
      : [],
  );
  return (
    <>
      <p className="mt-4 text-sm" data-testid="item-summary">
        {answered.length} of {items.length} questions answered; <strong>{flagged.length} flagged</strong> for review
        {tooFew > 0 && `; ${tooFew} with fewer than ${minimumAnswersForFlags} answers (n too small to flag)`}.
      </p>
      <section aria-labelledby="item-map" className={`${cardClass} mt-4`}>
        <h2 id="item-map" className="text-lg font-semibold">
          Facility and discrimination
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          One dot per question with both numbers ({points.length}); flagged ones are red diamonds in the shaded edges. Every number is in the table below.
        </p>
        {points.length === 0 ? (
          <EmptyNote>No question has a discrimination index yet: it needs two or more exam simulations whose scores differ.</EmptyNote>
        ) : (
          <ItemScatter points={points} />
        )}
      </section>
      <section aria-labelledby="questions" className="mt-6">
        <h2 id="questions" className="text-xl font-semibold">
          Questions
        </h2>
        <ItemTable items={answered} />
        {unanswered.length > 0 && (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer font-medium text-slate-700 dark:text-slate-300">
              {unanswered.length} more questions with no answers from these learners yet
            </summary>
            <ul className="mt-2 list-disc space-y-1 pl-5">
              {unanswered.map((item) => (
                <li key={item.questionId}>
                  <Link href={editorPath(item.questionId)} className={linkClass}>
                    {item.stem || item.questionId}
                  </Link>{' '}
                  <span className="text-slate-500 dark:text-slate-400">({item.questionId})</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>
    </>
  );
}
