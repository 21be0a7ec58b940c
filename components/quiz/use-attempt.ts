'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { answerAction, flagAction, submitAction } from '@/app/attempts/actions';
import type { QuestionResponse } from '@/lib/questions/schema';
import type { AttemptView, ItemView } from '@/lib/quiz/attempt-view';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

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

  useEffect(() => {
    shownAt.current = Date.now();
  }, []);

  const replaceItem = (item: ItemView) => setItems((all) => all.map((i) => (i.position === item.position ? item : i)));

  const send = useCallback(
    async (position: number, response: QuestionResponse) => {
      setSaveState('saving');
      const result = await answerAction({ attemptId: initial.id, position, response, durationMs: shownAt.current ? Date.now() - shownAt.current : undefined }).catch(() => null);
      if (!result) {
        setSaveState('error');
        setMessage('Not saved: the connection dropped. Your answer is kept here; try again.');
        return false;
      }
      if (!result.ok) {
        setSaveState('error');
        setMessage(result.message);
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
    const result = await submitAction({ attemptId: initial.id }).catch(() => null);
    if (!result?.ok) {
      setSubmitting(false);
      setMessage(result?.message ?? 'Could not submit: the connection dropped. Try again; nothing is lost.');
      return;
    }
    router.refresh();
  };

  const markShown = () => {
    shownAt.current = Date.now();
  };

  return { items, drafts, setDraft, send, toggleFlag, submit, submitting, saveState, message, markShown };
}
