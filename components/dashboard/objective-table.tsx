import Link from 'next/link';
import type { DomainRow } from '@/lib/dashboard/mastery-summary';
import { SubObjectiveList } from '@/components/sub-objective-list';
import { linkClass, percent } from './format';
import { ScrollTable } from './scroll-table';

/** Below this estimate an objective is flagged as weak and its lesson offered. */
const weakEstimate = 0.7;

/** The objectives of one domain: recall now, accuracy, the readiness estimate they add up to, and the lesson to study. */
export function ObjectiveTable({ domain }: { domain: DomainRow }) {
  return (
    <ScrollTable caption={`Objectives of ${domain.code} ${domain.title}`}>
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">Cards reviewed</th>
          <th scope="col">Recall now</th>
          <th scope="col">Accuracy</th>
          <th scope="col">Estimate</th>
          <th scope="col">Study</th>
        </tr>
      </thead>
      <tbody>
        {domain.objectives.map((o) => {
          const weak = o.estimate !== null && o.estimate < weakEstimate;
          return (
            <tr key={o.id}>
              <th scope="row" className="max-w-64 whitespace-normal font-normal">
                <span className="font-medium tabular-nums">{o.code}</span> {o.title}
                {weak && (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/40 dark:text-amber-100">weak</span>
                )}
                {o.subObjectives.length > 0 && <SubObjectiveList subObjectives={o.subObjectives} />}
              </th>
              <td className="tabular-nums">
                {o.reviewedCards} of {o.cards}
              </td>
              <td className="tabular-nums">{percent(o.meanRetrievability)}</td>
              <td className="tabular-nums">{o.answers === 0 ? 'not practised' : `${percent(o.correctAnswers / o.answers)} of ${o.answers}`}</td>
              <td className="tabular-nums">{o.answers === 0 ? '—' : o.estimate === null ? 'not enough answers yet' : percent(o.estimate)}</td>
              <td>
                {o.lessons[0] ? (
                  <Link href={`/lessons/${o.lessons[0].id}`} className={linkClass}>
                    {o.lessons[0].title}
                  </Link>
                ) : (
                  <span className="text-slate-500 dark:text-slate-400">no lesson yet</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </ScrollTable>
  );
}
