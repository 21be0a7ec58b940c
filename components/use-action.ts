'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/http/action';
import { networkFailure, sendWithRetry } from './retry-action';

/**
 * Calls a server action from a form, tracking pending state so the submit button can be disabled
 * (no double submits) and keeping the last result for messages and field errors. With `retry`,
 * a dropped connection or a database outage is retried with the same input until answered.
 */
export function useAction<Input, Data>(serverAction: (input: Input) => Promise<ActionResult<Data>>, options: { retry?: boolean } = {}) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<Data> | null>(null);
  const [retrying, setRetrying] = useState(false);
  const run = (input: Input, onSuccess?: (data: Data) => void, onFailure?: () => void) => {
    if (pending) return;
    startTransition(async () => {
      // Only for idempotent actions: a retried request may have been applied the first time.
      const outcome = options.retry
        ? await sendWithRetry(() => serverAction(input), { onRetry: () => setRetrying(true) })
        : await serverAction(input).catch((): ActionResult<Data> => networkFailure);
      setRetrying(false);
      setResult(outcome);
      if (outcome.ok) onSuccess?.(outcome.data);
      else onFailure?.();
    });
  };
  const errors = result && !result.ok ? (result.errors ?? {}) : {};
  return { run, pending, retrying, result, errors, error: result && !result.ok ? result.message : null };
}
