'use client';

import { useEffect, useEffectEvent, useRef } from 'react';
import { QuestionView } from '@/components/quiz/question-view';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ReconnectingNotice } from '@/components/ui/reconnecting-notice';
import type { ReviewCardView } from '@/lib/srs/review-view';
import { ReviewControls } from './review-controls';
import { ReviewFinish } from './review-finish';
import { ReviewNotice } from './review-notice';
import { phaseAnnouncement } from './review-text';
import { useReviewKeys } from './use-review-keys';
import { useReviewSession } from './use-review-session';

/** The session: progress, the current card (answer, then rate), and the finish screen. */
export function ReviewRunner({ cards, courseId }: { cards: ReviewCardView[]; courseId: string | null }) {
  const session = useReviewSession(cards, courseId);
  const { card, phase } = session;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  useReviewKeys({ primary: session.primary, rate: session.rate, undo: session.undo, rating: phase.name === 'rate' });

  // Every card, the first too, puts focus on its first answer control (the typed-answer box or the
  // first option), so the learner can answer at once and screen readers start on the card. Once
  // the answer is shown (or a card comes back answered after undo), focus moves to the default
  // rating: Space or Enter takes it, 1–4 pick another, and focus never stays on a control that the
  // check just disabled (a disabled control swallows the keys).
  const focusCard = useEffectEvent(() => {
    const card = cardRef.current;
    const target = phase.name === 'rate' ? card?.querySelector<HTMLElement>('[data-default-rating]') : firstAnswerControl(card);
    (target ?? headingRef.current)?.focus();
  });
  useEffect(() => focusCard(), [session.showing, phase.name]);

  const total = session.cards.length;
  return (
    <div className="mt-6">
      <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-sm">
        <span>
          {session.index} of {total} done
        </span>
        <span className="text-slate-600 dark:text-slate-400">
          {session.remaining.due} due · {session.remaining.new} new
        </span>
      </div>
      <div className="mt-2">
        <ProgressBar value={session.index} max={total} label="Cards reviewed this session" />
      </div>
      <p aria-live="polite" className="sr-only">
        {phaseAnnouncement(session)}
      </p>
      <ReviewNotice notice={session.notice} />
      {session.reconnecting && <ReconnectingNotice />}
      {session.error && (
        <p
          role="alert"
          className="mt-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
        >
          {session.error}
        </p>
      )}
      {card ? (
        <div ref={cardRef} className="mt-6">
          <h2 ref={headingRef} tabIndex={-1} className="mb-2 text-sm font-medium text-slate-600 focus:outline-none dark:text-slate-400">
            {card.lessonTitle}
          </h2>
          <QuestionView
            key={session.showing}
            question={card.question}
            value={session.value}
            onChange={session.setValue}
            disabled={session.checking}
            feedback={phase.name === 'rate' ? phase.checked.feedback : null}
            number={session.index + 1}
            onSubmit={session.reveal}
          />
          <ReviewControls session={session} />
        </div>
      ) : (
        <ReviewFinish session={session} />
      )}
    </div>
  );
}

// The question's own controls, in page order; links inside the stem's prose are not answers.
const answerControls = 'article :is(input:not([type="hidden"]), textarea, select, button)';

function firstAnswerControl(card: HTMLElement | null): HTMLElement | null {
  const controls = card ? Array.from(card.querySelectorAll<HTMLElement>(answerControls)) : [];
  return controls.find((control) => !control.closest('.lesson-body') && !control.matches(':disabled')) ?? null;
}
