import type { KeyboardEvent } from 'react';

/** A keydown handler for a one-line answer: Enter submits, unless it confirms an IME composition. */
export function enterToSubmit(onSubmit: (() => void) | undefined) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || !onSubmit) return;
    event.preventDefault();
    onSubmit();
  };
}
