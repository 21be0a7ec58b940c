'use client';

import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { ProgressBar } from '@/components/ui/progress-bar';
import { ReconnectingNotice } from '@/components/ui/reconnecting-notice';
import type { QuestionResponse } from '@/lib/questions/schema';
import type { AttemptView } from '@/lib/quiz/attempt-view';
import { Countdown } from './countdown';
import { htmlToText } from './html-text';
import { QuestionNavigator, type NavigatorItem } from './question-navigator';
import { QuestionView } from './question-view';
import { ReviewScreen } from './review-screen';
import { isTypingTarget } from './shortcuts';
import { SubmitConfirm } from './submit-confirm';
import { useAttempt } from './use-attempt';

const titles = { LESSON: 'Lesson quiz', PRACTICE: 'Practice', EXAM: 'Exam simulation' } as const;
const autosaveMs = 700;
const stemStartLength = 120;

/**
 * Runs an attempt one question at a time. Lesson quizzes and practice check each answer at once;
 * exams (and practice with feedback at the end) save answers as they are given and reveal nothing
 * until submitted. The question comes first; the list of questions is a drawer, and Back, Flag and
 * Next stay in a bar at the bottom of the screen. It opens on the first unanswered question.
 * Keys: ← → move, Enter checks or moves on, M flags.
 * A Cisco-style exam runs straight through: the learner confirms each question (the server then
 * refuses any answer to it) and moves on; no Back, no flags, no list of questions, no review screen.
 */
export function AttemptRunner({ initial }: { initial: AttemptView }) {
  const linear = initial.mode === 'cisco';
  const [firstOpen] = useState(() =>
    linear
      ? Math.min(initial.openFrom, initial.items.length - 1)
      : Math.max(
          0,
          initial.items.findIndex((i) => !i.answered),
        ),
  );
  const attempt = useAttempt(initial, firstOpen);
  const { items, drafts } = attempt;
  const [current, setCurrent] = useState(firstOpen);
  // A refused answer refreshes the page; a Cisco-style exam then moves to the question the server has open.
  const [openFrom, setOpenFrom] = useState(initial.openFrom);
  if (linear && initial.openFrom !== openFrom) {
    setOpenFrom(initial.openFrom);
    setCurrent(Math.min(initial.openFrom, initial.items.length - 1));
  }
  const [reviewing, setReviewing] = useState(false);
  const [drawer, setDrawer] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const moving = useRef(false);
  const item = items[current];
  const draft = drafts[current];
  const answered = items.filter((i) => i.answered).length;
  const flagged = items.filter((i) => i.flagged).length;
  const perAnswer = initial.feedbackPerAnswer;
  const exam = initial.kind === 'EXAM';
  const last = current === items.length - 1;
  const busy = attempt.submitting || attempt.saveState === 'saving' || attempt.saveState === 'retrying';

  const flush = () => {
    if (!pending.current) return;
    clearTimeout(pending.current);
    pending.current = undefined;
    if (!perAnswer && drafts[current]) void attempt.send(current, drafts[current]!);
  };
  const go = (position: number) => {
    flush();
    const next = Math.min(Math.max(position, 0), items.length - 1);
    setReviewing(false);
    setDrawer(false);
    setCurrent(next);
    attempt.markShown(next);
    window.scrollTo({ top: 0 });
  };
  // Finish is reachable from every question: exams go through the review screen, quizzes and
  // practice straight to the same confirmation.
  const finish = () => {
    flush();
    setDrawer(false);
    if (perAnswer) setConfirming(true);
    else setReviewing(true);
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
  // Saves the answer as it stands (waiting for it), then closes the question on the server.
  const confirmAndMove = async () => {
    // A second click while the confirm is on its way would send an answer to a closed question.
    if (moving.current) return;
    moving.current = true;
    try {
      await sendAndConfirm();
    } finally {
      moving.current = false;
    }
  };
  const sendAndConfirm = async () => {
    clearTimeout(pending.current);
    pending.current = undefined;
    if (draft && !(await attempt.send(current, draft))) return;
    if (!(await attempt.confirm(current))) return;
    if (last) void attempt.submit();
    else go(current + 1);
  };
  const primary = () => {
    if (linear) {
      if (!busy) void confirmAndMove();
      return;
    }
    if (perAnswer && !item.feedback) {
      if (draft) void attempt.send(current, draft);
      return;
    }
    if (last) finish();
    else go(current + 1);
  };

  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // Inputs, option shortcuts and dnd-kit's keyboard drag mark the keys they handle.
    if (event.defaultPrevented || event.metaKey || event.ctrlKey || event.altKey || reviewing || drawer || confirming) return;
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && !target.closest('button, a, select')) primary();
    // Arrow keys move the selection inside a radio group; they must not change the question.
    else if (linear || isTypingTarget(target) || (target as HTMLInputElement).type === 'radio') return;
    else if (event.key === 'ArrowRight') go(current + 1);
    else if (event.key === 'ArrowLeft') go(current - 1);
    else if (event.key.toLowerCase() === 'm') void attempt.toggleFlag(current);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  const navigatorItems: NavigatorItem[] = items.map((i) => ({
    position: i.position + 1,
    answered: i.answered,
    flagged: i.flagged,
    current: i.position === current && !reviewing,
    stem: htmlToText(i.question.stemHtml).slice(0, stemStartLength),
  }));
  const primaryLabel = linear
    ? `${draft ? 'Confirm answer' : 'Confirm without an answer'}${last ? ' and submit' : ''}`
    : perAnswer && !item.feedback
      ? 'Check answer'
      : last
        ? perAnswer
          ? 'Finish and see results'
          : 'Review and submit'
        : 'Next question';
  const saveText = attempt.saveState === 'saving' || attempt.saveState === 'retrying' ? 'Saving…' : attempt.saveState === 'saved' && !perAnswer ? 'Saved' : '';

  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <h1 className="sr-only text-xl font-semibold sm:not-sr-only">{titles[initial.kind]}</h1>
        {linear ? (
          <p className="min-h-11 content-center font-medium">
            Question {current + 1} of {items.length}
          </p>
        ) : (
          <Button variant="secondary" className="min-h-11" onClick={() => setDrawer(true)} aria-haspopup="dialog">
            <span aria-hidden="true">☰</span>
            {reviewing ? (
              <span>Questions</span>
            ) : (
              <span>
                {/* "1 of 10" on a phone; the name stays "Question 1 of 10". */}
                <span className="sr-only sm:not-sr-only">Question </span>
                {current + 1} of {items.length}
              </span>
            )}
            <span className="sr-only">, {answered} answered, open the list of questions</span>
          </Button>
        )}
        <span className="hidden text-sm text-slate-500 sm:inline dark:text-slate-400">
          {answered} of {items.length} answered
        </span>
        <span className="text-sm" aria-live="polite">
          {saveText}
        </span>
        <span className="ml-auto flex items-center gap-2">
          {initial.deadline && <Countdown deadline={initial.deadline} serverNow={initial.serverNow} onExpire={() => void attempt.submit()} />}
          {!reviewing && (
            <Button variant="secondary" className="min-h-11" onClick={linear ? () => setConfirming(true) : finish} disabled={attempt.submitting}>
              {perAnswer ? 'Finish' : linear ? 'End exam' : 'Review and submit'}
            </Button>
          )}
        </span>
      </div>
      <div className="mt-2">
        <ProgressBar value={answered} max={items.length} label="Questions answered" size="sm" />
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
      {reviewing ? (
        <ReviewScreen items={navigatorItems} onJump={go} onSubmit={() => void attempt.submit()} submitting={attempt.submitting} exam={exam} />
      ) : (
        <>
          <div className="mt-3">
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
            {linear && (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
                Cisco style: once you confirm, this question closes and you cannot come back to it.
              </p>
            )}
          </div>
          <div
            role="toolbar"
            aria-label="Question actions"
            className="sticky bottom-0 z-10 -mx-4 mt-3 flex items-center gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:mx-0 sm:rounded-b-xl sm:border-x dark:border-slate-800 dark:bg-slate-950/95"
          >
            {!linear && (
              <>
                <Button variant="secondary" className="min-h-11" onClick={() => go(current - 1)} disabled={current === 0} aria-keyshortcuts="ArrowLeft">
                  <span aria-hidden="true">←</span>
                  <span className="sr-only sm:not-sr-only">Back</span>
                </Button>
                <Button
                  variant="secondary"
                  className="min-h-11 aria-pressed:border-amber-500 aria-pressed:bg-amber-50 dark:aria-pressed:border-amber-400 dark:aria-pressed:bg-amber-950/50"
                  onClick={() => void attempt.toggleFlag(current)}
                  aria-pressed={item.flagged}
                  aria-keyshortcuts="m"
                >
                  <span aria-hidden="true">{item.flagged ? '⚑' : '⚐'}</span>
                  <span className="sr-only sm:not-sr-only">Flag</span>
                </Button>
              </>
            )}
            <Button className="ml-auto min-h-11" onClick={primary} disabled={(perAnswer && !item.feedback && !draft) || busy} aria-keyshortcuts="Enter">
              {primaryLabel}
            </Button>
          </div>
        </>
      )}
      <Dialog open={drawer} onClose={() => setDrawer(false)} title={`${titles[initial.kind]}: ${answered} of ${items.length} answered`} placement="drawer">
        <QuestionNavigator items={navigatorItems} onJump={(n) => go(n - 1)} />
      </Dialog>
      <SubmitConfirm
        open={confirming}
        onClose={() => setConfirming(false)}
        onConfirm={() => void attempt.submit()}
        unanswered={items.length - answered}
        flagged={linear ? null : flagged}
        exam={exam}
        submitting={attempt.submitting}
      />
    </div>
  );
}
