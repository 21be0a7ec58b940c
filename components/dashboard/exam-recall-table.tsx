import { Fragment } from 'react';
import type { BlueprintRecall } from '@/lib/exam-plan/recall-rollup';
import { percent } from './format';
import { ScrollTable } from './scroll-table';

function RecallCell({ recall, target }: { recall: number | null; target: number }) {
  if (recall === null) return <td className="text-slate-600 dark:text-slate-400">not studied</td>;
  const below = recall < target;
  return (
    <td className={`tabular-nums ${below ? 'font-semibold text-amber-800 dark:text-amber-300' : ''}`}>
      {percent(recall)}
      {below && ' · below target'}
    </td>
  );
}

/** Predicted recall on the exam date down the blueprint: domains, their objectives, and the sub-objectives under them. */
export function ExamRecallTable({ recall, target, dateLabel }: { recall: BlueprintRecall; target: number; dateLabel: string }) {
  return (
    <ScrollTable caption={`Predicted recall on ${dateLabel}, by domain, objective and sub-objective`} className="mt-3">
      <thead>
        <tr>
          <th scope="col">Objective</th>
          <th scope="col">Exam weight</th>
          <th scope="col">Cards studied</th>
          <th scope="col">Recall on the date</th>
        </tr>
      </thead>
      <tbody>
        {recall.domains.map((domain) => (
          <Fragment key={domain.code}>
            <tr className="bg-slate-50 dark:bg-slate-900">
              <th scope="row" className="font-semibold">
                {domain.code} {domain.title}
              </th>
              <td className="tabular-nums">{domain.weight}%</td>
              <td />
              <RecallCell recall={domain.recall} target={target} />
            </tr>
            {domain.objectives.map((objective) => (
              <Fragment key={objective.id}>
                <tr>
                  <th scope="row" className="pl-4 font-normal">
                    {objective.code} {objective.title}
                  </th>
                  <td className="tabular-nums">{percent(objective.weight, 1)}</td>
                  <td className="tabular-nums">{objective.cards}</td>
                  <RecallCell recall={objective.recall} target={target} />
                </tr>
                {objective.subObjectives.map((sub) => (
                  <tr key={sub.code} className="text-slate-700 dark:text-slate-300">
                    <th scope="row" className="pl-8 font-normal">
                      {sub.code} {sub.title}
                    </th>
                    <td />
                    <td className="tabular-nums">{sub.cards}</td>
                    <RecallCell recall={sub.recall} target={target} />
                  </tr>
                ))}
              </Fragment>
            ))}
          </Fragment>
        ))}
      </tbody>
    </ScrollTable>
  );
}
