import Link from 'next/link';
import { Section } from '@/components/ui/section';
import type { DomainRow } from '@/lib/dashboard/mastery-summary';
import type { LessonStanding } from '@/lib/dashboard/weakest-lessons';
import { DomainMasteryChart } from './domain-mastery-chart';
import { EmptyNote } from './empty-note';
import { cardClass, linkClass, percent } from './format';
import { ObjectiveTable } from './objective-table';
import { ScrollTable } from './scroll-table';

/** Mastery per exam domain and objective: FSRS recall now beside answer accuracy, and the lessons to go back to. */
export function MasterySection({ domains, weakest, readOnly }: { domains: DomainRow[]; weakest: LessonStanding[]; readOnly: boolean }) {
  const practised = domains.some((d) => d.answers > 0);
  return (
    <Section id="mastery" title="Mastery by exam domain" className={cardClass}>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        <strong className="font-semibold">Recall now</strong> is the predicted share of the reviewed cards remembered today (FSRS);{' '}
        <strong className="font-semibold">accuracy</strong> is the share of all answers that were right.
      </p>
      {!practised ? (
        <EmptyNote>
          Nothing practised in this course yet.{' '}
          {readOnly ? (
            'Mastery appears once the learner answers questions.'
          ) : (
            <>
              Answer a lesson quiz or a{' '}
              <Link href="/practice" className={linkClass}>
                practice session
              </Link>
              ; each objective you touch shows up here.
            </>
          )}
        </EmptyNote>
      ) : (
        <DomainMasteryChart
          points={domains.map((d) => ({
            code: d.code,
            title: d.title,
            recall: d.meanRetrievability,
            accuracy: d.answers > 0 ? d.correctAnswers / d.answers : null,
          }))}
        />
      )}
      <ScrollTable caption="Mastery per domain" className="mt-3">
        <thead>
          <tr>
            <th scope="col">Domain</th>
            <th scope="col">Weight</th>
            <th scope="col">Recall now</th>
            <th scope="col">Accuracy</th>
            <th scope="col">Answers</th>
          </tr>
        </thead>
        <tbody>
          {domains.map((d) => (
            <tr key={d.code}>
              <th scope="row" className="whitespace-normal font-normal">
                <span className="font-medium tabular-nums">{d.code}</span> {d.title}
              </th>
              <td className="tabular-nums">{d.weight}%</td>
              <td className="tabular-nums">{percent(d.meanRetrievability)}</td>
              <td className="tabular-nums">{d.answers === 0 ? '—' : percent(d.correctAnswers / d.answers)}</td>
              <td className="tabular-nums">{d.answers}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
      <div className="mt-4 space-y-2">
        {domains.map((d) => (
          <details key={d.code} className="rounded-lg border border-slate-200 p-2 text-sm dark:border-slate-800">
            <summary className="cursor-pointer font-medium">
              Objectives of {d.code} {d.title}
            </summary>
            <div className="mt-2">
              <ObjectiveTable domain={d} />
            </div>
          </details>
        ))}
      </div>
      {weakest.length > 0 && (
        <>
          <h3 className="mt-5 font-semibold">Weakest lessons</h3>
          <ol className="mt-2 space-y-1 text-sm">
            {weakest.map((lesson) => (
              <li key={lesson.lessonId} className="flex flex-wrap justify-between gap-x-3">
                <Link href={`/lessons/${lesson.lessonId}`} className={linkClass}>
                  {lesson.title}
                </Link>
                <span className="tabular-nums text-slate-600 dark:text-slate-400">
                  recall {percent(lesson.meanRetrievability)} · accuracy {percent(lesson.correctAnswers / lesson.answers)} of {lesson.answers}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </Section>
  );
}
