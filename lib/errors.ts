/**
 * Every code an AppError can carry. The HTTP status of each is in lib/http/error-status.ts, as a
 * Record over this union, so a new code without a status does not compile.
 */
export type AppErrorCode =
  // A request's fault, answered 4xx.
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'CONTENT_INVALID'
  | 'COMPILE_TIMEOUT'
  | 'PARSE_TIMEOUT'
  | 'UNKNOWN_LESSON'
  | 'NOTHING_TO_EXPORT'
  | 'NOTHING_TO_IMPORT'
  | 'NOT_SYNCED'
  | 'MERGE_FAILED'
  | 'UNMERGEABLE_FILE'
  // Setup and commands: the operator's to fix, so a request that meets one gets a 5xx.
  | 'USAGE'
  | 'BAD_PORT'
  | 'PORT_IN_USE'
  | 'PORT_UNAVAILABLE'
  | 'BUILD_FAILED'
  | 'CONFIG_INVALID'
  | 'CONFIG_MISSING'
  | 'DATA_DIR_NOT_REACHABLE'
  | 'DATA_DIR_NOT_WRITABLE'
  | 'DB_INIT_FAILED'
  | 'DB_NOT_CONFIGURED'
  | 'DB_START_FAILED'
  | 'DB_UNREACHABLE'
  | 'DB_BUSY'
  | 'MIGRATION_FAILED'
  | 'PG_CLIENT_MISSING'
  | 'PG_CLIENT_TOO_OLD'
  | 'BACKUP_FAILED'
  | 'RESTORE_FAILED'
  | 'DB_NOT_EMPTY';

// Symbol.for is one symbol per process, so an AppError from another bundle of this module (Next
// compiles server actions, route handlers and pages separately) is still recognised: instanceof is not.
const brand = Symbol.for('netprep.AppError');

/**
 * A failure the user can act on. `code` is stable for callers and tests; `message` is one
 * plain sentence that says what went wrong and what to do.
 */
export class AppError extends Error {
  readonly [brand] = true;

  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Use this, never `instanceof AppError`, for the reason given at `brand`. */
export function isAppError(error: unknown): error is AppError {
  return typeof error === 'object' && error !== null && (error as { [brand]?: unknown })[brand] === true;
}
