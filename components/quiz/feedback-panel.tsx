import Link from 'next/link';
import type { Ref } from 'react';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { ItemFeedback } from '@/lib/quiz/item-feedback';
import { RichText } from './rich-text';

/** What the server sends after grading one question; every id in it is an opaque token. */
export type Feedback = ItemFeedback;

const verdicts = {
  correct: { icon: '✓', label: 'Correct', style: 'border-green-600 bg-green-50 text-green-900 dark:border-green-500 dark:bg-green-950/40 dark:text-green-100' },
  partial: {
    icon: '◐',
    label: 'Partly correct',
    style: 'border-amber-500 bg-amber-50 text-amber-900 dark:border-amber-500 dark:bg-amber-950/40 dark:text-amber-100',
  },
  incorrect: { icon: '✗', label: 'Incorrect', style: 'border-red-600 bg-red-50 text-red-900 dark:border-red-500 dark:bg-red-950/40 dark:text-red-100' },
} as const;

type FeedbackPanelProps = {
  feedback: Feedback;
  /** The learner gave no answer (exam report); said in words next to the verdict. */
  unanswered?: boolean;
  /** On the verdict, which QuestionView focuses when grading arrives so screen readers hear it. */
  verdictRef?: Ref<HTMLParagraphElement>;
};

/** The verdict (icon and words, never colour alone), option feedback, explanation and a link to the lesson. */
export function FeedbackPanel({ feedback, unanswered = false, verdictRef }: FeedbackPanelProps) {
  const kind = feedback.correct ? 'correct' : feedback.partial > 0 ? 'partial' : 'incorrect';
  const verdict = verdicts[kind];
  const percent = Math.round(feedback.partial * 100);
  return (
    <div className={`mt-6 rounded-xl border-l-4 p-4 sm:p-5 ${verdict.style}`}>
      <p ref={verdictRef} tabIndex={-1} className="flex items-center gap-2 text-lg font-semibold focus:outline-none">
        <span aria-hidden="true" className="text-xl">
          {verdict.icon}
        </span>
        {verdict.label}
        {kind === 'partial' && ` – ${percent}%`}
        {kind === 'partial' && <span className="text-base font-normal">(scores 0: only a fully correct answer counts)</span>}
        {unanswered && <span className="text-base font-normal">(not answered)</span>}
      </p>
      {kind === 'partial' && (
        <div className="mt-2 max-w-xs">
          <ProgressBar value={percent} max={100} label="Credit for this question" size="sm" />
        </div>
      )}
      <div className="mt-4 space-y-4 text-slate-900 dark:text-slate-100">
        {feedback.feedbackHtml && feedback.feedbackHtml.length > 0 && (
          <ul className="space-y-2">
            {feedback.feedbackHtml.map((html, index) => (
              <li key={index} className="rounded-md bg-white/70 p-3 dark:bg-slate-900/60">
                <RichText html={html} />
              </li>
            ))}
          </ul>
        )}
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Explanation</p>
          <RichText html={feedback.explanationHtml} variant="prose" className="mt-1" />
        </div>
        {feedback.readMore && (
          <p>
            <Link href={feedback.readMore.href} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100">
              Read more: {feedback.readMore.label}
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}
