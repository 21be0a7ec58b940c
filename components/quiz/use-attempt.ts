'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { answerAction, confirmAction, flagAction, submitAction } from '@/app/attempts/actions';
import { sendWithRetry } from '@/components/retry-action';
import type { QuestionResponse } from '@/lib/questions/schema';
import type { AttemptView, ItemView } from '@/lib/quiz/attempt-view';
import { moveTo, startClock, totalFor, type VisitClock } from '@/lib/quiz/time-spent';

export type SaveState = 'idle' | 'saving' | 'retrying' | 'saved' | 'error';

/**
 * The attempt's state in the browser. The server is the record: every answer is sent as given,
 * and what comes back (feedback, or a refusal because time is up) replaces the local copy.
 */
export function useAttempt(initial: AttemptView, firstShown: number) {
  const router = useRouter();
  const [items, setItems] = useState<ItemView[]>(initial.items);
  const [drafts, setDrafts] = useState<Array<QuestionResponse | null>>(() => initial.items.map((i) => i.response));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Time on screen per question; started on the first render, moved on every change of question.
  const clock = useRef<VisitClock | null>(null);
  // The latest send per position, so a retry can tell that a newer answer replaced it.
  const latestSend = useRef<Record<number, number>>({});
  // Sends still running (and which of them are retrying), and how the last one that counted ended.
  // The indicator is derived from these after every change, counting only sends no newer answer
  // replaced, so no send that ends (or waits to retry) superseded can leave "Saving…" behind.
  const inFlight = useRef(new Map<number, { position: number; sent: number }>());
  const retrying = useRef(new Set<number>());
  const outcome = useRef<SaveState>('idle');
  const sendIds = useRef(0);

  const showSaveState = () => {
    const live = [...inFlight.current].filter(([, s]) => latestSend.current[s.position] === s.sent).map(([id]) => id);
    setSaveState(live.length === 0 ? outcome.current : live.some((id) => retrying.current.has(id)) ? 'retrying' : 'saving');
  };

  useEffect(() => {
    clock.current = startClock(
      initial.items.map((i) => i.timeMs),
      firstShown,
      Date.now(),
    );
    // Once per sitting: later moves go through markShown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const replaceItem = (item: ItemView) => setItems((all) => all.map((i) => (i.position === item.position ? item : i)));

  const timeOn = (position: number) => {
    clock.current ??= startClock(
      initial.items.map((i) => i.timeMs),
      firstShown,
      Date.now(),
    );
    return totalFor(clock.current, position, Date.now());
  };

  const send = useCallback(
    async (position: number, response: QuestionResponse) => {
      const id = ++sendIds.current;
      const sent = (latestSend.current[position] ?? 0) + 1;
      latestSend.current[position] = sent;
      inFlight.current.set(id, { position, sent });
      showSaveState();
      const input = { attemptId: initial.id, position, response, durationMs: timeOn(position) };
      // An answer is stored per (attempt, position), so sending it again is harmless; a newer
      // answer to the same question stops the retries of an older one, which must not win.
      const result = await sendWithRetry(() => answerAction(input), {
        onRetry: () => {
          retrying.current.add(id);
          showSaveState();
        },
        stillWanted: () => latestSend.current[position] === sent,
      });
      inFlight.current.delete(id);
      retrying.current.delete(id);
      // Superseded: the newer send reports for this question.
      const current = latestSend.current[position] === sent;
      if (current && !result.ok) {
        outcome.current = 'error';
        setMessage(result.code === 'NETWORK' ? 'Not saved: the connection dropped. Your answer is kept here; try again.' : result.message);
        if (result.code === 'CONFLICT') router.refresh();
      } else if (current && result.ok) {
        outcome.current = 'saved';
        replaceItem(result.data.item);
        setMessage(null);
      }
      showSaveState();
      return current && result.ok;
    },
    // timeOn and showSaveState read refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [initial.id, router],
  );

  const setDraft = (position: number, response: QuestionResponse | null) => setDrafts((all) => all.map((d, i) => (i === position ? response : d)));

  const toggleFlag = async (position: number) => {
    const flagged = !items[position].flagged;
    replaceItem({ ...items[position], flagged });
    const result = await flagAction({ attemptId: initial.id, position, flagged }).catch(() => null);
    if (!result?.ok) {
      replaceItem({ ...items[position], flagged: !flagged });
      setMessage(result?.message ?? 'Could not save the flag; try again.');
    }
  };

  const submit = async () => {
    if (submitting) return;
    setSubmitting(true);
    // Submitting twice changes nothing, so an outage is waited out rather than reported at once.
    const result = await sendWithRetry(() => submitAction({ attemptId: initial.id }), { onRetry: () => setSaveState('retrying') });
    if (!result.ok) {
      setSubmitting(false);
      setSaveState('error');
      setMessage(result.code === 'NETWORK' ? 'Could not submit: the connection dropped. Try again; nothing is lost.' : result.message);
      return;
    }
    router.refresh();
  };

  /**
   * Cisco-style exams: closes the question at `position` on the server, answered or not. Confirming
   * twice changes nothing, so an outage is waited out. False when the server refused or was out of reach.
   */
  const confirm = async (position: number) => {
    const result = await sendWithRetry(() => confirmAction({ attemptId: initial.id, position }), { onRetry: () => setSaveState('retrying') });
    if (result.ok) {
      showSaveState();
      return true;
    }
    setSaveState('error');
    setMessage(result.code === 'NETWORK' ? 'Not confirmed: the connection dropped. Your answer is kept here; try again.' : result.message);
    if (result.code === 'CONFLICT') router.refresh();
    return false;
  };

  /** The learner moved to `position`: the time since the last move goes to the question left. */
  const markShown = (position: number) => {
    timeOn(position);
    clock.current = moveTo(clock.current!, position, Date.now());
  };

  return { items, drafts, setDraft, send, confirm, toggleFlag, submit, submitting, saveState, message, markShown };
}
