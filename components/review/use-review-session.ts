'use client';

import { useEffect, useRef, useState } from 'react';
import { checkReviewAnswerAction, rateReviewAction, reviewSummaryAction, undoReviewAction } from '@/app/review/actions';
import { useAction } from '@/components/use-action';
import type { QuestionResponse } from '@/lib/questions/schema';
import type { CheckedAnswer, ReviewCardView } from '@/lib/srs/review-view';
import { newReviewId } from './new-review-id';
import type { Rating } from './ratings';

/** A review applied in this session: for the tally, the time spent and undo (which shows the answer given again). */
export type RatedCard = { cardId: string; reviewId: string; rating: Rating; durationMs: number; response: QuestionResponse };
export type Notice = { kind: 'already-reviewed' } | { kind: 'leech'; lessonHref: string | null } | { kind: 'nothing-to-undo' };
type Phase = { name: 'answer' } | { name: 'rate'; checked: CheckedAnswer; response: QuestionResponse; reviewId: string };
type ActionName = 'check' | 'rate' | 'undo' | 'summary';

// The card changed under us (reviewed in another tab, question removed): it can only be skipped.
const goneCodes = new Set(['CONFLICT', 'NOT_FOUND']);
const maxDurationMs = 86_400_000;

/**
 * One review session over the cards the page loaded. The server is the record: a card is only
 * counted once its rating is applied, and undo puts back whatever the server says it undid.
 */
export function useReviewSession(initial: ReviewCardView[], courseId: string | null) {
  const [cards, setCards] = useState(initial);
  const [index, setIndex] = useState(0);
  // Counts showings, so a card shown again after undo starts afresh (QuestionView key, timer, focus).
  const [showing, setShowing] = useState(0);
  const [phase, setPhase] = useState<Phase>({ name: 'answer' });
  const [value, setValue] = useState<QuestionResponse | null>(null);
  const [rated, setRated] = useState<RatedCard[]>([]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [failed, setFailed] = useState<ActionName | null>(null);
  const shownAt = useRef(0);
  // Checking and rating (keyed by the showing's review id) are safe to send again; undo is not retried.
  const check = useAction(checkReviewAnswerAction, { retry: true });
  const rating = useAction(rateReviewAction, { retry: true });
  const undoing = useAction(undoReviewAction);
  const summary = useAction(reviewSummaryAction, { retry: true });
  const card = cards[index] ?? null;
  const busy = check.pending || rating.pending || undoing.pending;
  const failedAction = failed ? { check, rate: rating, undo: undoing, summary }[failed] : null;
  const failure = failedAction?.result;
  const gone = (failed === 'check' || failed === 'rate') && failure?.ok === false && goneCodes.has(failure.code);

  useEffect(() => {
    shownAt.current = Date.now();
  }, [showing]);

  /** Shows the card at `position`, unanswered, or (after undo) with its answer given and revealed, ready to rate again. */
  const show = (position: number, restored?: { response: QuestionResponse; checked: CheckedAnswer }) => {
    setIndex(position);
    setShowing((n) => n + 1);
    // A new review id: the undone one is gone from the server, and this rating is a new review.
    setPhase(restored ? { name: 'rate', checked: restored.checked, response: restored.response, reviewId: newReviewId() } : { name: 'answer' });
    setValue(restored?.response ?? null);
    setFailed(null);
    if (position >= cards.length) summary.run({ courseId }, undefined, () => setFailed('summary'));
  };

  const reveal = () => {
    if (!card || phase.name !== 'answer' || !value || busy) return;
    const response = value;
    setFailed(null);
    check.run(
      { cardId: card.cardId, reps: card.reps, response, courseId },
      // One id per showing: a retried rating of this showing is then applied once.
      (checked) => setPhase({ name: 'rate', checked, response, reviewId: newReviewId() }),
      () => setFailed('check'),
    );
  };

  const rate = (chosen: Rating) => {
    if (!card || phase.name !== 'rate' || busy || !phase.checked.previews.some((p) => p.rating === chosen)) return;
    const durationMs = Math.min(maxDurationMs, Math.round(Date.now() - shownAt.current));
    setFailed(null);
    rating.run(
      { reviewId: phase.reviewId, cardId: card.cardId, reps: card.reps, response: phase.response, rating: chosen, durationMs, courseId },
      (outcome) => {
        if (outcome.status === 'already-reviewed') setNotice({ kind: 'already-reviewed' });
        else {
          setRated((list) => [...list, { cardId: card.cardId, reviewId: phase.reviewId, rating: outcome.rating, durationMs, response: phase.response }]);
          setNotice(outcome.becameLeech ? { kind: 'leech', lessonHref: phase.checked.feedback.readMore?.href ?? null } : null);
        }
        show(index + 1);
      },
      () => setFailed('rate'),
    );
  };

  const undo = () => {
    const last = rated.at(-1);
    if (!last || busy) return;
    setFailed(null);
    undoing.run(
      { reviewId: last.reviewId, response: last.response, courseId },
      (restored) => {
        setRated((list) => list.slice(0, -1));
        setNotice(restored ? null : { kind: 'nothing-to-undo' });
        if (!restored) return;
        setCards((list) => list.map((c, i) => (i === index - 1 ? restored.view : c)));
        show(index - 1, restored.checked ? { response: last.response, checked: restored.checked } : undefined);
      },
      () => setFailed('undo'),
    );
  };

  const skip = () => show(index + 1);

  /** Space / Enter: show the answer, take the default rating (Good, or Again when wrong), or skip a gone card. */
  const primary = () => {
    if (!card) return;
    if (gone) skip();
    else if (phase.name === 'answer') reveal();
    else rate(phase.checked.correct ? 3 : 1);
  };

  const left = cards.slice(index);
  return {
    cards,
    index,
    card,
    showing,
    phase,
    value,
    setValue,
    rated,
    notice,
    gone,
    busy,
    checking: check.pending,
    rating: rating.pending,
    canUndo: rated.length > 0,
    error: failedAction?.error ?? null,
    reconnecting: check.retrying || rating.retrying || summary.retrying,
    summary: summary.result?.ok && !summary.pending ? summary.result.data : null,
    remaining: { due: left.filter((c) => c.state !== 0).length, new: left.filter((c) => c.state === 0).length },
    reveal,
    rate,
    undo,
    skip,
    primary,
  };
}

export type ReviewSessionState = ReturnType<typeof useReviewSession>;
