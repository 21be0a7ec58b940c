'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { startExamAction } from '@/app/attempts/actions';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { useAction } from '@/components/use-action';
import { describeShortfall } from '@/lib/quiz/blueprint-fit';
import { examModeLabels, examModeRules, examModes, type ExamMode } from '@/lib/quiz/exam-modes';
import type { ExamPlans } from '@/lib/quiz/exam-plans';

type Props = { courseId: string; fullCount: number; minutes: number; available: number; defaultMode: ExamMode } & ExamPlans;

const minutesFor = (minutes: number, fullCount: number, questions: number) => Math.max(1, Math.round((minutes * questions) / fullCount));

type Choice = 'full' | number | 'covered';

export function ExamStartForm({ courseId, fullCount, minutes, available, defaultMode, titles, plans, balanced, covered }: Props) {
  const router = useRouter();
  const start = useAction(startExamAction);
  const [choice, setChoice] = useState<Choice>('full');
  const [mode, setMode] = useState<ExamMode>(defaultMode);
  const length = choice === 'covered' ? covered!.count : choice;
  // A covered-domains-only exam fits its own blueprint by construction.
  const plan =
    choice === 'covered'
      ? { length, fit: { count: covered!.count, short: [], proportionalCount: covered!.count } }
      : (plans.find((p) => p.length === choice) ?? plans[0]);
  const count = plan.fit.count;
  const sitting = Math.min(count, available);
  const choices: Choice[] = [...plans.map((p) => p.length), ...(covered ? (['covered'] as const) : [])];
  const leftOut = covered?.leftOut.map((code) => `${code} ${titles[code] ?? ''}`.trim()).join(', ');
  const labelOf = (option: Choice) =>
    option === 'covered'
      ? `Covered domains only (${covered!.count} questions, without ${covered!.leftOut.join(', ')})`
      : option === 'full'
        ? `Full (${fullCount} questions)`
        : option === balanced
          ? `Balanced (${option} questions, the blueprint's proportions)`
          : `Short (${option} questions)`;
  const warningId = `blueprint-short-${courseId}`;

  return (
    <div className="space-y-3">
      <fieldset>
        <legend className="text-sm font-medium">Length</legend>
        <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2 text-sm">
          {choices.map((option) => (
            <label key={String(option)} className="flex min-h-11 items-center gap-2">
              <input type="radio" name={`length-${courseId}`} checked={choice === option} onChange={() => setChoice(option)} />
              {labelOf(option)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">Exam style</legend>
        <div className="mt-2 space-y-2 text-sm">
          {examModes.map((option) => (
            <label key={option} className="flex min-h-11 items-start gap-2">
              <input type="radio" className="mt-1" name={`mode-${courseId}`} checked={mode === option} onChange={() => setMode(option)} />
              <span>
                <span className="font-medium">
                  {examModeLabels[option]}
                  {option === defaultMode ? ' (this course’s default)' : ''}
                </span>
                <span className="block text-slate-600 dark:text-slate-300">{examModeRules[option]}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {choice === 'covered' && (
        <p className="text-sm">
          Leaves out {leftOut}: the bank has no questions for {covered!.leftOut.length === 1 ? 'it' : 'them'} yet. The other domains keep their blueprint
          proportions.
        </p>
      )}
      {plan.fit.short.length > 0 && (
        <div
          id={warningId}
          role="note"
          className="rounded-md border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-400 dark:bg-amber-950/40 dark:text-amber-100"
        >
          <p className="font-semibold">The question bank cannot fill this exam&apos;s blueprint yet. Short:</p>
          <ul className="mt-1 list-disc pl-5">
            {describeShortfall(plan.fit.short, titles).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="mt-2">
            Their seats go to other domains{sitting < count ? `, and the exam has ${sitting} questions instead of ${count}` : ''}, so the score leans on those
            domains.{' '}
            {balanced !== null
              ? `The balanced exam (${balanced} questions) keeps the blueprint's proportions.`
              : covered
                ? `No exam keeps all the proportions while ${leftOut} ${covered.leftOut.length === 1 ? 'has' : 'have'} no questions; "Covered domains only" (${covered.count} questions) leaves ${covered.leftOut.length === 1 ? 'it' : 'them'} out and keeps the others' proportions.`
                : 'No shorter exam keeps the proportions until the short domains have questions.'}
          </p>
        </div>
      )}
      <p className="text-sm text-slate-600 dark:text-slate-300">
        {sitting < count
          ? `The time is scaled to the ${sitting} questions the bank can supply (${minutesFor(minutes, fullCount, sitting)} min).`
          : `${minutesFor(minutes, fullCount, count)} minutes, at the real exam's pace.`}{' '}
        No feedback until {mode === 'cisco' ? 'the end' : 'you submit'}. The timer keeps running if you close the tab.
      </p>
      <FormStatus message={start.error} tone="error" />
      <Button
        disabled={start.pending || available === 0}
        aria-describedby={plan.fit.short.length > 0 ? warningId : undefined}
        onClick={() => start.run({ courseId, length, coveredOnly: choice === 'covered', mode }, (attempt) => router.push(`/attempts/${attempt.id}`))}
      >
        {start.pending ? 'Drawing questions…' : 'Start the simulation'}
      </Button>
    </div>
  );
}
