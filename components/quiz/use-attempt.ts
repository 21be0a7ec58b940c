'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { answerAction, flagAction, submitAction } from '@/app/attempts/actions';
import { sendWithRetry } from '@/components/retry-action';
import type { QuestionResponse } from '@/lib/questions/schema';
import type { AttemptView, ItemView } from '@/lib/quiz/attempt-view';

export type SaveState = 'idle' | 'saving' | 'retrying' | 'saved' | 'error';

/**
 * The attempt's state in the browser. The server is the record: every answer is sent as given,
 * and what comes back (feedback, or a refusal because time is up) replaces the local copy.
 */
export function useAttempt(initial: AttemptView) {
  const router = useRouter();
  const [items, setItems] = useState<ItemView[]>(initial.items);
  const [drafts, setDrafts] = useState<Array<QuestionResponse | null>>(() => initial.items.map((i) => i.response));
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // When the current question appeared; set after mount and on every move (markShown).
  const shownAt = useRef(0);
  // The latest send per position, so a retry can tell that a newer answer replaced it.
  const latestSend = useRef<Record<number, number>>({});

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const replaceItem = (item: ItemView) => setItems((all) => all.map((i) => (i.position === item.position ? item : i)));

  const send = useCallback(
    async (position: number, response: QuestionResponse) => {
      setSaveState('saving');
      const sent = (latestSend.current[position] ?? 0) + 1;
      latestSend.current[position] = sent;
      const input = { attemptId: initial.id, position, response, durationMs: shownAt.current ? Date.now() - shownAt.current : undefined };
      // An answer is stored per (attempt, position), so sending it again is harmless; a newer
      // answer to the same question stops the retries of an older one, which must not win.
      const result = await sendWithRetry(() => answerAction(input), {
        onRetry: () => setSaveState('retrying'),
        stillWanted: () => latestSend.current[position] === sent,
      });
      // Superseded while retrying: the newer send reports for this question.
      if (latestSend.current[position] !== sent) return false;
      if (!result.ok) {
        setSaveState('error');
        setMessage(result.code === 'NETWORK' ? 'Not saved: the connection dropped. Your answer is kept here; try again.' : result.message);
        if (result.code === 'CONFLICT') router.refresh();
        return false;
      }
      replaceItem(result.data.item);
      setSaveState('saved');
      setMessage(null);
      return true;
    },
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

  const markShown = () => {
    shownAt.current = Date.now();
  };

  return { items, drafts, setDraft, send, toggleFlag, submit, submitting, saveState, message, markShown };
}
