/**
 * Failures that will likely pass if the same request is sent again shortly (the connection
 * dropped, the database restarting, failing over or overloaded), as opposed to an answer the user
 * must act on. Whether it was applied is unknown, so only idempotent requests are retried.
 */
export function isRetryable(code: string): boolean {
  return code === 'DB_UNREACHABLE' || code === 'DB_BUSY' || code === 'NETWORK';
}
