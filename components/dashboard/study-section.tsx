import { Section } from '@/components/ui/section';
import type { StudyHistory } from '@/lib/dashboard/study-history';
import { EmptyNote } from './empty-note';
import { cardClass, plural } from './format';
import { RetentionTable } from './retention-table';
import { StudyHeatmap } from './study-heatmap';

/** The last year of study: calendar, streak and true retention, all from the per-day aggregates. */
export function StudySection({ history, today, readOnly }: { history: StudyHistory; today: string; readOnly: boolean }) {
  const you = readOnly ? 'the learner' : 'you';
  return (
    <Section id="study" title="Study calendar and retention" className={cardClass}>
      {history.daysStudiedLastYear === 0 ? (
        <EmptyNote>
          No reviews in the last year. Each day {you} review{readOnly ? 's' : ''} cards fills a square here, and the streak counts the days in a row.
        </EmptyNote>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {plural(history.reviewsLastYear, 'review')} on {plural(history.daysStudiedLastYear, 'day')} in the last 365 days · current streak{' '}
            {plural(history.streak.current, 'day')} · longest {plural(history.streak.longest, 'day')}.
          </p>
          <StudyHeatmap start={history.heatmapStart} today={today} days={history.heatmap} />
        </>
      )}
      <h3 className="mt-5 font-semibold">True retention</h3>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        The share of cards remembered at their first review of a day, counting only cards already learned, as Anki reports it. Mature cards have an interval of
        21 days or more. Close to the desired retention in the review settings means the schedule fits.
      </p>
      <RetentionTable rows={history.retention} />
    </Section>
  );
}
