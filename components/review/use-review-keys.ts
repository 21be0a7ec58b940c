'use client';

import { useEffect, useEffectEvent } from 'react';
import { isPlainKeyPress, isTypingTarget } from '@/components/quiz/shortcuts';
import type { Rating } from './ratings';

type ReviewKeys = { primary: () => void; rate: (rating: Rating) => void; undo: () => void; rating: boolean };

/**
 * Space / Enter: the primary step (show answer, default rating, skip); 1–4: rate; U: undo.
 * Listens on window like the quiz runner, so the keys work wherever focus is, except in fields.
 */
export function useReviewKeys(keys: ReviewKeys) {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    // The questions' own option shortcuts (1–9, T/F) mark the keys they took as defaultPrevented.
    if (!isPlainKeyPress(event)) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    if (isTypingTarget(target)) return;
    if (event.key === ' ' || event.key === 'Enter') {
      // A focused button or link acts on these keys itself, and Space ticks a focused radio or checkbox.
      if (target?.closest('button, a, summary, [role="button"]') || (event.key === ' ' && target instanceof HTMLInputElement)) return;
      event.preventDefault();
      keys.primary();
    } else if (keys.rating && /^[1-4]$/.test(event.key)) {
      event.preventDefault();
      keys.rate(Number(event.key) as Rating);
    } else if (event.key.toLowerCase() === 'u') keys.undo();
  });

  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
