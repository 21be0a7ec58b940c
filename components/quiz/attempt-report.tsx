'use client';

import Link from 'next/link';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { AttemptView } from '@/lib/quiz/attempt-view';
import type { ExamReport } from '@/lib/quiz/exam-report';
import { QuestionView } from './question-view';
import { Section } from '@/components/ui/section';

type Summary = {
  score: number;
  scaledScore: number | null;
  passed: boolean | null;
  expired: boolean;
  course: { name: string; passMark: number | null; scaleMin: number | null; scaleMax: number | null } | null;
  report: ExamReport;
};

const noop = () => {};

/** Results of a submitted attempt: the score, results by domain and objective, then every question with its explanation. */
export function AttemptReport({ view, summary }: { view: AttemptView; summary: Summary }) {
  const { report, course } = summary;
  const percent = Math.round(summary.score * 100);
  const exam = view.kind === 'EXAM';
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{exam ? 'Exam report' : 'Results'}</h1>
      {course && <p className="mt-1 text-slate-600 dark:text-slate-300">{course.name}</p>}
      <section aria-label="Score" className="mt-6 grid gap-4 rounded-xl border border-slate-200 p-5 sm:grid-cols-3 dark:border-slate-800">
        <div>
          <p className="text-sm text-slate-500 dark:text-slate-400">Correct</p>
          <p className="text-3xl font-bold">
            {report.correct}/{report.total} <span className="text-lg font-medium">({percent}%)</span>
          </p>
        </div>
        {exam && (
          <div>
            <p className="text-sm text-slate-500 dark:text-slate-400">Scaled score</p>
            <p className="text-3xl font-bold">{summary.scaledScore ?? '—'}</p>
            {summary.scaledScore === null && <p className="text-xs text-slate-500 dark:text-slate-400">The vendor publishes no score scale.</p>}
          </div>
        )}
        {exam && (
          <div>
            <p className="text-sm text-slate-500 dark:text-slate-400">Result</p>
            <p
              className={`text-3xl font-bold ${summary.passed ? 'text-green-700 dark:text-green-400' : summary.passed === false ? 'text-red-700 dark:text-red-400' : ''}`}
            >
              {summary.passed === null ? 'No pass mark' : summary.passed ? 'Pass' : 'Fail'}
            </p>
            {course?.passMark != null && (
              <p className="text-xs text-slate-500 dark:text-slate-400">
                Pass mark {course.passMark} on {course.scaleMin}–{course.scaleMax}
              </p>
            )}
          </div>
        )}
        {summary.expired && <p className="text-sm sm:col-span-3">Time ran out: the exam was submitted with the answers saved before the deadline.</p>}
      </section>

      {report.domains.length > 0 && (
        <Section id="by-domain" title="By exam domain and objective" className="mt-8">
          <table className="mt-3 w-full text-left text-sm">
            <thead className="text-slate-500 dark:text-slate-400">
              <tr>
                <th className="py-1 pr-2 font-medium">Area</th>
                <th className="py-1 pr-2 font-medium">Correct</th>
                <th className="w-1/3 py-1 font-medium">
                  <span className="sr-only">Bar</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {report.domains.flatMap((domain) => [
                <tr key={domain.code} className="border-t border-slate-200 font-semibold dark:border-slate-800">
                  <td className="py-2 pr-2">
                    {domain.code} {domain.title}
                  </td>
                  <td className="whitespace-nowrap py-2 pr-2">
                    {domain.correct}/{domain.total} ({domain.percent}%)
                  </td>
                  <td className="py-2">
                    <ProgressBar value={domain.correct} max={domain.total} label={`${domain.code} ${domain.title}`} size="sm" />
                  </td>
                </tr>,
                ...domain.objectives.map((objective) => (
                  <tr key={`${domain.code}-${objective.code}`}>
                    <td className="py-1 pl-4 pr-2 text-slate-600 dark:text-slate-300">
                      {objective.code} {objective.title}
                    </td>
                    <td className="whitespace-nowrap py-1 pr-2">
                      {objective.correct}/{objective.total} ({objective.percent}%)
                    </td>
                    <td className="py-1">
                      <ProgressBar value={objective.correct} max={objective.total} label={`${objective.code} ${objective.title}`} size="sm" />
                    </td>
                  </tr>
                )),
              ])}
            </tbody>
          </table>
        </Section>
      )}

      <Section id="questions" title="Every question" className="mt-10">
        <ol className="mt-4 space-y-6">
          {view.items.map((item) => (
            <li key={item.position}>
              <QuestionView question={item.question} value={item.response} onChange={noop} feedback={item.feedback} number={item.position + 1} disabled />
              {!item.answered && <p className="mt-2 text-sm font-medium">You did not answer this question.</p>}
              {item.heldBack && (
                <p className="mt-2 text-sm">This question is in your exam simulation in progress: its answer waits until you submit the exam.</p>
              )}
            </li>
          ))}
        </ol>
      </Section>
      <p className="mt-8 flex flex-wrap gap-4">
        <Link href="/practice" className="font-medium text-brand-700 underline dark:text-brand-100">
          Practise more
        </Link>
        {view.lessonId && (
          <Link href={`/lessons/${view.lessonId}`} className="font-medium text-brand-700 underline dark:text-brand-100">
            Back to the lesson
          </Link>
        )}
      </p>
    </div>
  );
}
