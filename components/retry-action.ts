import type { ActionResult } from '@/lib/http/action';
import { isRetryable } from '@/lib/http/retryable';

// About a minute in all: long enough for a database restart or a failover, short enough that a
// learner is told the truth while still on the question.
const backoffMs = [500, 1000, 2000, 4000, 8000, 8000, 8000, 8000, 8000, 8000];

export const networkFailure = { ok: false, code: 'NETWORK', message: 'Could not reach the server. Check your connection and try again.' } as const;

type Options = {
  /** Told before each wait, so the page can say it is retrying. */
  onRetry?: (attempt: number) => void;
  /** Checked before each retry: false when a newer request made this one moot. */
  stillWanted?: () => boolean;
};

/**
 * Sends an idempotent action until it is answered, waiting longer after each dropped connection or
 * 503-style result. The same input (and so the same idempotency key) is sent every time, so a
 * request that was applied but whose answer was lost is not applied twice.
 */
export async function sendWithRetry<Data>(send: () => Promise<ActionResult<Data>>, options: Options = {}): Promise<ActionResult<Data>> {
  for (let attempt = 0; ; attempt++) {
    const result = await send().catch((): ActionResult<Data> => networkFailure);
    if (result.ok || !isRetryable(result.code) || attempt >= backoffMs.length || options.stillWanted?.() === false) return result;
    options.onRetry?.(attempt + 1);
    await new Promise((resolve) => setTimeout(resolve, backoffMs[attempt]));
    // A newer request may have replaced this one during the wait; sending it again would be moot.
    if (options.stillWanted?.() === false) return result;
  }
}
