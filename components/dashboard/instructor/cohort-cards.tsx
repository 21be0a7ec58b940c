import Link from 'next/link';
import type { CohortCard } from '@/lib/dashboard/instructor/instructor-home';
import { cardClass, linkClass, percent, plural } from '../format';

function Figure({ label, value, alert = false }: { label: string; value: string; alert?: boolean }) {
  return (
    <div>
      <dt className="text-xs text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={`text-xl font-bold tabular-nums ${alert ? 'text-red-700 dark:text-red-300' : ''}`}>{value}</dd>
    </div>
  );
}

/** One card per cohort with the numbers that say whether it needs attention. */
export function CohortCards({ cohorts }: { cohorts: CohortCard[] }) {
  return (
    <ul className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {cohorts.map((cohort) => (
        <li key={cohort.id} className={cardClass} data-testid="cohort-card">
          <h3 className="font-semibold">
            <Link href={`/instructor/cohorts/${cohort.id}`} className={linkClass}>
              {cohort.name}
            </Link>
          </h3>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {cohort.course.name} · {plural(cohort.learners, 'learner')}
          </p>
          <dl className="mt-3 grid grid-cols-2 gap-3">
            <Figure label="At risk" value={String(cohort.atRisk)} alert={cohort.atRisk > 0} />
            <Figure label="Mean progress" value={percent(cohort.meanProgress)} />
            <Figure label="Active, 7 days" value={`${cohort.activeLast7Days} of ${cohort.learners}`} />
            <Figure label="Reviews, 7 days" value={cohort.reviewsLast7Days.toLocaleString('en-US')} />
          </dl>
        </li>
      ))}
    </ul>
  );
}
