'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ReconnectingNotice } from '@/components/ui/reconnecting-notice';
import type { QuestionResponse } from '@/lib/questions/schema';
import type { AttemptView } from '@/lib/quiz/attempt-view';
import { Countdown } from './countdown';
import { QuestionNavigator } from './question-navigator';
import { QuestionView } from './question-view';
import { ReviewScreen } from './review-screen';
import { isTypingTarget } from './shortcuts';
import { useAttempt } from './use-attempt';

const titles = { LESSON: 'Lesson quiz', PRACTICE: 'Practice', EXAM: 'Exam simulation' } as const;
const autosaveMs = 700;

/**
 * Runs an attempt one question at a time. Lesson quizzes and practice check each answer at once;
 * exams (and practice with feedback at the end) save answers as they are given and reveal nothing
 * until submitted. Keys: ← → move, Enter checks or moves on, M marks for review.
 */
export function AttemptRunner({ initial }: { initial: AttemptView }) {
  const attempt = useAttempt(initial);
  const { items, drafts } = attempt;
  const firstOpen = Math.max(
    0,
    items.findIndex((i) => !i.answered),
  );
  const [current, setCurrent] = useState(firstOpen);
  const [reviewing, setReviewing] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const item = items[current];
  const draft = drafts[current];
  const answered = items.filter((i) => i.answered).length;
  const perAnswer = initial.feedbackPerAnswer;
  const last = current === items.length - 1;

  const flush = () => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    if (!perAnswer && drafts[current]) void attempt.send(current, drafts[current]!);
  };
  const go = (position: number) => {
    flush();
    setReviewing(false);
    setCurrent(Math.min(Math.max(position, 0), items.length - 1));
    attempt.markShown();
  };
  const change = (response: QuestionResponse | null) => {
    attempt.setDraft(current, response);
    if (perAnswer || !response) return;
    clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = undefined;
      void attempt.send(current, response);
    }, autosaveMs);
  };
  const primary = () => {
    if (perAnswer && !item.feedback) {
      if (draft) void attempt.send(current, draft);
      return;
    }
    if (last) {
      flush();
      if (perAnswer) void attempt.submit();
      else setReviewing(true);
    } else go(current + 1);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // Inputs, option shortcuts and dnd-kit's keyboard drag mark the keys they handle.
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || reviewing) return;
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !target.closest('button, a, select')) primary();
    // Arrow keys move the selection inside a radio group; they must not change the question.
    else if (isTypingTarget(target) || (target as HTMLInputElement).type === 'radio') return;
    else if (event.key === 'ArrowRight') go(current + 1);
    else if (event.key === 'ArrowLeft') go(current - 1);
    else if (event.key.toLowerCase() === 'm' && initial.kind === 'EXAM') void attempt.toggleFlag(current);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const primaryLabel = perAnswer && !item.feedback ? 'Check answer' : last ? (perAnswer ? 'Finish and see results' : 'Review and submit') : 'Next question';
  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{titles[initial.kind]}</h1>
        <span className="text-sm text-slate-500 dark:text-slate-400">
          {answered} of {items.length} answered
        </span>
        <span className="ml-auto text-sm" aria-live="polite">
          {attempt.saveState === 'saving' || attempt.saveState === 'retrying' ? 'Saving…' : attempt.saveState === 'saved' && !perAnswer ? 'Saved' : ''}
        </span>
        {initial.deadline && <Countdown deadline={initial.deadline} serverNow={initial.serverNow} onExpire={() => void attempt.submit()} />}
      </div>
      <div className="mt-2">
        <ProgressBar value={answered} max={items.length} label="Questions answered" />
      </div>
      {attempt.saveState === 'retrying' && <ReconnectingNotice />}
      {attempt.message && (
        <p
          role="alert"
          className="mt-3 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/40 dark:text-red-200"
        >
          {attempt.message}
        </p>
      )}
      {initial.kind === 'EXAM' || !perAnswer ? (
        <div className="mt-4">
          <QuestionNavigator
            items={items.map((i) => ({ position: i.position + 1, answered: i.answered, flagged: i.flagged, current: i.position === current && !reviewing }))}
            onJump={(number) => go(number - 1)}
          />
        </div>
      ) : null}
      {reviewing ? (
        <ReviewScreen items={items} onJump={go} onSubmit={() => void attempt.submit()} submitting={attempt.submitting} exam={initial.kind === 'EXAM'} />
      ) : (
        <div className="mt-6">
          <QuestionView
            key={current}
            question={item.question}
            value={draft}
            onChange={change}
            feedback={item.feedback}
            number={current + 1}
            onSubmit={primary}
          />
          {item.heldBack && <p className="mt-2 text-sm">This question is in your exam simulation in progress: its answer waits until you submit the exam.</p>}
          <div className="mt-6 flex flex-wrap items-center gap-3">
            <Button variant="secondary" onClick={() => go(current - 1)} disabled={current === 0}>
              ← Previous
            </Button>
            {initial.kind === 'EXAM' && (
              <Button variant="secondary" onClick={() => void attempt.toggleFlag(current)} aria-pressed={item.flagged} aria-keyshortcuts="m">
                {item.flagged ? '⚑ Flagged' : '⚐ Flag for review'}
              </Button>
            )}
            <Button
              className="ml-auto"
              onClick={primary}
              disabled={(perAnswer && !item.feedback && !draft) || attempt.submitting || attempt.saveState === 'saving' || attempt.saveState === 'retrying'}
              aria-keyshortcuts="Enter"
            >
              {primaryLabel}
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
