'use client';

import { useEffect, useEffectEvent } from 'react';
import { isPlainKeyPress, isTypingTarget, optionKeyIndex } from './shortcuts';

/**
 * Calls `onPick(index)` when the learner presses the shortcut for option `index` (below `count`).
 * Listens on window so the keys work wherever focus is on the question page, except while the
 * learner types in a field. Only one question is interactive at a time (the exam report shows
 * many, all disabled), so a window listener cannot reach the wrong question.
 */
export function useOptionShortcuts(
  count: number,
  enabled: boolean,
  onPick: (index: number) => void,
  keyIndex: (key: string) => number | null = optionKeyIndex,
) {
  const handle = useEffectEvent((event: KeyboardEvent) => {
    if (!isPlainKeyPress(event) || isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
    const index = keyIndex(event.key);
    if (index === null || index >= count) return;
    event.preventDefault();
    onPick(index);
  });

  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => handle(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
