/**
 * A failure the user can act on. `code` is stable for callers and tests; `message` is one
 * plain sentence that says what went wrong and what to do.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
