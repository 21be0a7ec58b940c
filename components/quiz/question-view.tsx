'use client';

import { useEffect, useRef, type ComponentType } from 'react';
import type { PresentedQuestion } from '@/lib/questions/present';
import type { QuestionResponse, QuestionType } from '@/lib/questions/schema';
import { Exhibits } from './exhibits';
import { FeedbackPanel, type Feedback } from './feedback-panel';
import { responseOf, type InputProps } from './input-props';
import { questionInputs } from './question-inputs';
import { RichText } from './rich-text';

type QuestionViewProps = {
  question: PresentedQuestion;
  /** The learner's answer, held by the page; null until it is complete. */
  value: QuestionResponse | null;
  onChange: (response: QuestionResponse | null) => void;
  disabled?: boolean;
  /** Once graded: marks right and wrong answers and shows the FeedbackPanel. The inputs are then read-only. */
  feedback?: Feedback | null;
  /** Shown as "Question 3". */
  number?: number;
  /** Enter in a text or numeric answer calls this. */
  onSubmit?: () => void;
};

/** One question: number, stem and the input for its type, then feedback once graded. */
export function QuestionView({ question, value, onChange, disabled = false, feedback = null, number, onSubmit }: QuestionViewProps) {
  const correct = feedback?.correctResponse ?? null;
  const locked = disabled || feedback !== null;
  const verdictRef = useRef<HTMLParagraphElement>(null);
  const graded = feedback !== null;
  const wasGraded = useRef(graded);

  // Focus the verdict when grading arrives while the learner is here (practice), so screen readers
  // announce it and focus is not lost with the submit button; a page that opens already graded
  // (exam report, many questions) keeps focus where it is.
  useEffect(() => {
    if (graded && !wasGraded.current) verdictRef.current?.focus();
    wasGraded.current = graded;
  }, [graded]);

  // The registry pairs each type with its input; the value and the correct answer are of that type.
  const Input = questionInputs[question.type] as ComponentType<InputProps<QuestionType>>;
  const input = (
    <Input
      question={question}
      value={responseOf(value, question.type)}
      correct={responseOf(correct, question.type)}
      onChange={onChange}
      disabled={locked}
      right={feedback?.correct ?? false}
      detail={feedback?.detail}
      onSubmit={onSubmit}
    />
  );

  return (
    <article className="min-w-0 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-800 dark:bg-slate-900/60">
      {number !== undefined && <p className="mb-2 text-sm font-semibold text-brand-700 dark:text-brand-100">Question {number}</p>}
      {/* stemHtml was sanitized on the server (render-question.ts); RichText injects it as HTML. */}
      <RichText html={question.stemHtml} variant="prose" className="mb-5" />
      {question.exhibits && <Exhibits exhibits={question.exhibits} shortcutEnabled={!disabled} />}
      {input}
      {feedback && <FeedbackPanel feedback={feedback} unanswered={value === null} verdictRef={verdictRef} />}
    </article>
  );
}
