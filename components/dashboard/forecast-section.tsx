import Link from 'next/link';
import { Section } from '@/components/ui/section';
import type { ReviewForecast } from '@/lib/dashboard/review-forecast';
import { ChartTable } from './chart-table';
import { EmptyNote } from './empty-note';
import { cardClass, linkClass, longDay, plural, shortDay } from './format';
import { ForecastChart } from './forecast-chart';
import { requestDates } from '@/lib/format/request-dates';

/** The review load of the next 30 days, so a learner can plan (and see what skipping a day costs). */
export async function ForecastSection({ forecast, deckCards, readOnly }: { forecast: ReviewForecast; deckCards: number; readOnly: boolean }) {
  const { locale } = await requestDates();
  const within = (days: number) => forecast.days.slice(0, days).reduce((sum, d) => sum + d.due, 0);
  const total = within(forecast.days.length);
  return (
    <Section id="forecast" title="Review forecast, next 30 days" className={cardClass}>
      {total === 0 ? (
        <EmptyNote>
          {deckCards === 0
            ? 'No cards in your deck yet. Complete a lesson or answer its quiz: its questions join your deck and come back here on the days they are due.'
            : 'Nothing comes due in the next 30 days. New cards in your deck start when you review them.'}{' '}
          {!readOnly && deckCards > 0 && (
            <Link href="/review" className={linkClass}>
              Open reviews
            </Link>
          )}
        </EmptyNote>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {plural(within(1), 'card')} due today{forecast.overdue > 0 && ` (${forecast.overdue} overdue)`}, {plural(within(7), 'card')} within 7 days,{' '}
            {plural(total, 'card')} within 30 days.
          </p>
          <ForecastChart days={forecast.days.map((d) => ({ label: shortDay(d.day, locale), due: d.due }))} />
          <ChartTable summary="Forecast as a table" caption="Cards due per day, next 30 days">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Cards due</th>
              </tr>
            </thead>
            <tbody>
              {forecast.days.map((d, i) => (
                <tr key={d.day}>
                  <th scope="row" className="font-normal">
                    {i === 0 ? `Today, ${longDay(d.day, locale)}` : longDay(d.day, locale)}
                  </th>
                  <td className="tabular-nums">{d.due}</td>
                </tr>
              ))}
            </tbody>
          </ChartTable>
        </>
      )}
    </Section>
  );
}
