import { RichText } from '@/components/quiz/rich-text';
import { Button } from '@/components/ui/button';
import type { ProblemFeedback } from '@/lib/drill/problem-view';
import type { ReadMore } from '@/lib/drill/read-more';

/** Right or wrong, the expected answer and the worked solution; the button takes the focus so Enter moves on. */
type Props = { feedback: ProblemFeedback; readMore: ReadMore | undefined; finished: boolean; onNext: () => void };

export function FeedbackBox({ feedback, readMore, finished, onNext }: Props) {
  return (
    <div className="mt-4" data-testid="drill-feedback">
      <p
        role="status"
        className={`rounded-md px-3 py-2 font-semibold ${feedback.correct ? 'bg-green-50 text-green-800 dark:bg-green-950/50 dark:text-green-200' : 'bg-red-50 text-red-800 dark:bg-red-950/50 dark:text-red-200'}`}
      >
        {feedback.correct ? '✓ Correct' : '✗ Not quite'}
      </p>
      <dl className="mt-3 grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
        <dt className="font-medium">Your answer</dt>
        <dd className="min-w-0 font-mono [overflow-wrap:anywhere]">{feedback.response}</dd>
        <dt className="font-medium">Answer</dt>
        <dd className="min-w-0 font-mono [overflow-wrap:anywhere]">{feedback.answer}</dd>
      </dl>
      <details open className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Worked solution</summary>
        <RichText html={feedback.explanationHtml} variant="prose" className="mt-2" />
        {readMore && (
          <p className="mt-2 text-sm">
            {/* A new tab, so the sprint and its clock stay where they are. */}
            <a
              href={readMore.href}
              target="_blank"
              rel="noopener"
              className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100"
            >
              Read more: {readMore.label}
            </a>
          </p>
        )}
      </details>
      <Button autoFocus type="button" className="mt-4 min-h-11" onClick={onNext}>
        {finished ? 'See the summary' : 'Next problem'}
      </Button>
    </div>
  );
}
