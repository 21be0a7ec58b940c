'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { answerDrillAction, finishDrillAction, nextDrillProblemAction } from '@/app/drill/actions';
import { Countdown } from '@/components/quiz/countdown';
import { enterToSubmit } from '@/components/quiz/enter-to-submit';
import { isPlainKeyPress, isTypingTarget } from '@/components/quiz/shortcuts';
import { Button } from '@/components/ui/button';
import { FormStatus } from '@/components/ui/form-status';
import { ProgressBar } from '@/components/ui/progress-bar';
import type { DrillRunView } from '@/lib/drill/load-run';
import type { ProblemFeedback, ProblemView } from '@/lib/drill/problem-view';
import type { DrillSummary } from '@/lib/drill/run-summary';
import type { ActionResult } from '@/lib/http/action';
import { DrillSummaryView } from './drill-summary';
import { FeedbackBox } from './feedback-box';
import { ProblemCard } from './problem-card';

type Phase =
  | { kind: 'loading' }
  | { kind: 'answering'; problem: ProblemView }
  | { kind: 'feedback'; problem: ProblemView; feedback: ProblemFeedback; finished: boolean }
  | { kind: 'summary'; summary: DrillSummary };

const networkError = { ok: false, code: 'NETWORK', message: 'Could not reach the server. Check your connection and try again.' } as const;
const call = <T,>(promise: Promise<ActionResult<T>>) => promise.catch((): ActionResult<T> => networkError);

/**
 * One problem at a time, keyboard first: the answer field has focus and Enter submits; after the
 * feedback Enter or N brings the next problem; Esc ends the sprint. The server owns the clock:
 * the countdown only shows its deadline, and an answer after it is refused there.
 */
export function DrillRunner({ initial }: { initial: DrillRunView }) {
  const [phase, setPhase] = useState<Phase>(() =>
    initial.summary ? { kind: 'summary', summary: initial.summary } : initial.current ? { kind: 'answering', problem: initial.current } : { kind: 'loading' },
  );
  const [answered, setAnswered] = useState(initial.answered);
  const [text, setText] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const busy = useRef(false);

  const guarded = useCallback(async (work: () => Promise<void>) => {
    // One request at a time: a held-down Enter must not answer twice or skip a problem.
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
    }
  }, []);

  const finish = useCallback(
    () =>
      guarded(async () => {
        const result = await call(finishDrillAction({ runId: initial.id }));
        if (result.ok) setPhase({ kind: 'summary', summary: result.data });
        else setMessage(result.message);
      }),
    [guarded, initial.id],
  );

  const next = useCallback(
    () =>
      guarded(async () => {
        const result = await call(nextDrillProblemAction({ runId: initial.id }));
        if (!result.ok) return setMessage(result.message);
        setMessage(null);
        setText('');
        if (result.data.status === 'problem') setPhase({ kind: 'answering', problem: result.data.problem });
        else {
          const summary = await call(finishDrillAction({ runId: initial.id }));
          if (summary.ok) setPhase({ kind: 'summary', summary: summary.data });
          else setMessage(summary.message);
        }
      }),
    [guarded, initial.id],
  );

  const submit = (problem: ProblemView) =>
    guarded(async () => {
      if (!text.trim()) return setMessage('Type an answer first (Esc ends the sprint).');
      const result = await call(answerDrillAction({ runId: initial.id, position: problem.position, text }));
      if (!result.ok) {
        setMessage(result.message);
        // Time ran out on the server: the sprint is over, whatever this device's clock said.
        if (result.code === 'CONFLICT') {
          const summary = await call(finishDrillAction({ runId: initial.id }));
          if (summary.ok) setPhase({ kind: 'summary', summary: summary.data });
        }
        return;
      }
      const outcome = result.data;
      if (outcome.status === 'invalid') return setMessage(outcome.message);
      setMessage(null);
      if (outcome.status === 'graded') setAnswered((n) => n + 1);
      setPhase({ kind: 'feedback', problem, feedback: outcome.feedback, finished: outcome.finished });
    });

  useEffect(() => {
    if (phase.kind === 'loading') void next();
  }, [phase.kind, next]);

  const afterFeedback = phase.kind === 'feedback' ? (phase.finished ? finish : next) : null;
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (phase.kind === 'summary') return;
      if (event.key === 'Escape') {
        event.preventDefault();
        void finish();
        return;
      }
      if (!afterFeedback || !isPlainKeyPress(event) || isTypingTarget(event.target as Element | null)) return;
      if (event.key === 'Enter' || event.key.toLowerCase() === 'n') {
        event.preventDefault();
        void afterFeedback();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase.kind, afterFeedback, finish]);

  if (phase.kind === 'summary') return <DrillSummaryView summary={phase.summary} />;

  return (
    <div className="mx-auto max-w-3xl">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-40 flex-1">
          <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
            {answered} / {initial.problemLimit} problems
          </p>
          <div className="mt-1">
            <ProgressBar value={answered} max={initial.problemLimit} label="Problems done" />
          </div>
        </div>
        <Countdown deadline={initial.deadline} serverNow={initial.serverNow} onExpire={() => void finish()} warnAt={60} />
      </div>

      {phase.kind === 'loading' ? (
        <p className="mt-8 text-slate-600 dark:text-slate-300" role="status">
          Drawing a fresh problem…
        </p>
      ) : (
        <ProblemCard problem={phase.problem}>
          {phase.kind === 'answering' ? (
            <div className="mt-4">
              <label htmlFor="drill-answer" className="block text-sm font-medium">
                Your answer
              </label>
              <div className="mt-1 flex flex-col gap-2 sm:flex-row">
                <input
                  id="drill-answer"
                  // Each new problem gets a fresh field with the focus, so the learner can type at once.
                  key={phase.problem.position}
                  autoFocus
                  autoComplete="off"
                  spellCheck={false}
                  value={text}
                  onChange={(e) => setText(e.target.value)}
                  onKeyDown={(event) => enterToSubmit(() => void submit(phase.problem))(event)}
                  aria-describedby="drill-hint"
                  className="min-h-11 w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 font-mono dark:border-slate-600 dark:bg-slate-900"
                />
                <Button type="button" className="min-h-11" onClick={() => void submit(phase.problem)}>
                  Check
                </Button>
              </div>
              <p id="drill-hint" className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                {phase.problem.answerHint}
              </p>
            </div>
          ) : (
            <FeedbackBox
              feedback={phase.feedback}
              readMore={initial.readMore[phase.problem.generator]}
              finished={phase.finished}
              onNext={() => void (phase.finished ? finish() : next())}
            />
          )}
        </ProblemCard>
      )}
      <div data-testid="drill-message">
        <FormStatus message={message} tone="error" />
      </div>
      <p className="mt-4 hidden text-xs text-slate-500 sm:block dark:text-slate-400">
        <span aria-hidden="true">⌨ </span>Enter checks your answer · Enter or N: next problem · Esc: end the sprint
      </p>
      <div className="mt-4 sm:hidden">
        <Button type="button" variant="secondary" onClick={() => void finish()}>
          End the sprint
        </Button>
      </div>
    </div>
  );
}
