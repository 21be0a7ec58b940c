'use client';

import { useState, useTransition } from 'react';
import type { ActionResult } from '@/lib/http/action';

/**
 * Calls a server action from a form, tracking pending state so the submit button can be disabled
 * (no double submits) and keeping the last result for messages and field errors.
 */
export function useAction<Input, Data>(serverAction: (input: Input) => Promise<ActionResult<Data>>) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<Data> | null>(null);
  const run = (input: Input, onSuccess?: (data: Data) => void, onFailure?: () => void) => {
    if (pending) return;
    startTransition(async () => {
      const outcome = await serverAction(input).catch(
        (): ActionResult<Data> => ({ ok: false, code: 'NETWORK', message: 'Could not reach the server. Check your connection and try again.' }),
      );
      setResult(outcome);
      if (outcome.ok) onSuccess?.(outcome.data);
      else onFailure?.();
    });
  };
  const errors = result && !result.ok ? (result.errors ?? {}) : {};
  return { run, pending, result, errors, error: result && !result.ok ? result.message : null };
}
