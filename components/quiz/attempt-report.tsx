import { ProgressBar } from '@/components/ui/progress-bar';
import { Section } from '@/components/ui/section';
import type { AttemptView } from '@/lib/quiz/attempt-view';
import { examModeLabels, examModeRules } from '@/lib/quiz/exam-modes';
import type { ExamReport } from '@/lib/quiz/exam-report';
import { formatDuration, timeSummary } from '@/lib/quiz/time-spent';
import { ReportActions } from './report-actions';
import { ReportItems } from './report-items';

type Summary = {
  score: number;
  scaledScore: number | null;
  passed: boolean | null;
  expired: boolean;
  course: { name: string; passMark: number | null; scaleMin: number | null; scaleMax: number | null } | null;
  report: ExamReport;
  /** An exam's departures from the blueprint, in the words the start form used (describeShortfall). */
  shortfall: string[];
  /** Domains a covered-domains-only exam left out, as "4.0 Network Security". */
  leftOut: string[];
  lesson: { id: string; title: string } | null;
  nextLesson: { id: string; title: string } | null;
};

const muted = 'text-sm text-slate-500 dark:text-slate-400';

/**
 * Results of a submitted attempt: the summary and what to do next first, then results by domain
 * and objective, then every question folded to one line with its explanation inside.
 */
export function AttemptReport({ view, summary }: { view: AttemptView; summary: Summary }) {
  const { report, course } = summary;
  const percent = Math.round(summary.score * 100);
  const exam = view.kind === 'EXAM';
  const partial = view.items.filter((i) => i.feedback && !i.feedback.correct && i.feedback.partial > 0);
  const missed = view.items.filter((i) => !i.feedback?.correct).length;
  const times = timeSummary(view.items.map((i) => i.timeMs));
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">{exam ? 'Exam report' : view.kind === 'LESSON' ? 'Lesson quiz results' : 'Practice results'}</h1>
      {(course || summary.lesson) && <p className="mt-1 text-slate-600 dark:text-slate-300">{summary.lesson?.title ?? course?.name}</p>}
      <section aria-label="Score" className="mt-6 grid gap-4 rounded-xl border border-slate-200 p-5 sm:grid-cols-3 dark:border-slate-800">
        <div>
          <p className={muted}>Fully correct</p>
          <p className="text-3xl font-bold">
            {report.correct}/{report.total} <span className="text-lg font-medium">({percent}%)</span>
          </p>
        </div>
        {exam && (
          <div>
            <p className={muted}>Scaled score</p>
            <p className="text-3xl font-bold">{summary.scaledScore ?? '—'}</p>
            {summary.scaledScore === null && <p className="text-xs text-slate-500 dark:text-slate-400">The vendor publishes no score scale.</p>}
          </div>
        )}
        {exam && (
          <div>
            <p className={muted}>Result</p>
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
        <div className="space-y-1 text-sm sm:col-span-3">
          <p>
            {report.answered} of {report.total} answered.{' '}
            {partial.length > 0
              ? `${partial.length} partly correct (${partial.map((i) => `${Math.round(i.feedback!.partial * 100)}%`).join(', ')}) ${partial.length === 1 ? 'scores' : 'score'} 0: `
              : ''}
            The score counts a question only when it is fully correct, as the real exam does.
          </p>
          {times.average !== null && (
            <p>
              Time on the questions: {formatDuration(times.total)} in all, {formatDuration(times.average)} on average
              {times.slowest !== null ? `; longest on question ${times.slowest + 1} (${formatDuration(view.items[times.slowest].timeMs)})` : ''}.
            </p>
          )}
          {view.mode && (
            <p>
              Exam style: {examModeLabels[view.mode]}. {examModeRules[view.mode]}
            </p>
          )}
          {summary.expired && <p>Time ran out: the exam was submitted with the answers saved before the deadline.</p>}
        </div>
      </section>

      {summary.shortfall.length > 0 && (
        <section
          aria-labelledby="blueprint-short"
          className="mt-4 rounded-md border border-amber-500 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <h2 id="blueprint-short" className="font-semibold">
            This exam did not follow the blueprint: the question bank was short
          </h2>
          <ul className="mt-1 list-disc pl-5">
            {summary.shortfall.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-2">Their seats went to other domains, so the score leans on those domains.</p>
        </section>
      )}

      {summary.leftOut.length > 0 && (
        <p className="mt-4 rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
          Covered domains only: this exam left out {summary.leftOut.join(', ')}, which had no questions in the bank; the other domains kept their blueprint
          proportions.
        </p>
      )}

      <ReportActions attemptId={view.id} kind={view.kind} lessonId={view.lessonId} nextLesson={summary.nextLesson} missed={missed} />

      {report.domains.length > 0 && (
        <Section id="by-domain" title="By exam domain and objective" className="mt-8">
          <table className="mt-3 w-full text-left text-sm">
            <thead className="text-slate-500 dark:text-slate-400">
              <tr>
                <th className="py-1 pr-2 font-medium">Area</th>
                <th className="py-1 pr-2 font-medium">Fully correct</th>
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
        <ReportItems items={view.items} />
      </Section>
    </div>
  );
}
