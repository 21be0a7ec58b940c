import { databaseUnavailability, timeoutMessage, unreachableMessage } from '../db/unavailable';
import { isAppError, type AppErrorCode } from '../errors';

// The one place where domain error codes become HTTP statuses. A Record, so a code added to
// AppErrorCode without a status here is a compile error rather than a silent 500.
const statusByCode: Record<AppErrorCode, number> = {
  INVALID_INPUT: 422,
  CONTENT_INVALID: 422,
  COMPILE_TIMEOUT: 422,
  PARSE_TIMEOUT: 422,
  UNMERGEABLE_FILE: 422,
  NOTHING_TO_EXPORT: 422,
  NOTHING_TO_IMPORT: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_LESSON: 404,
  CONFLICT: 409,
  NOT_SYNCED: 409,
  MERGE_FAILED: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  DB_UNREACHABLE: 503,
  DB_BUSY: 503,
  USAGE: 500,
  BAD_PORT: 500,
  PORT_IN_USE: 500,
  PORT_UNAVAILABLE: 500,
  BUILD_FAILED: 500,
  CONFIG_INVALID: 500,
  CONFIG_MISSING: 500,
  DATA_DIR_NOT_REACHABLE: 500,
  DATA_DIR_NOT_WRITABLE: 500,
  DB_INIT_FAILED: 500,
  DB_NOT_CONFIGURED: 500,
  DB_START_FAILED: 500,
  MIGRATION_FAILED: 500,
  PG_CLIENT_MISSING: 500,
  PG_CLIENT_TOO_OLD: 500,
  BACKUP_FAILED: 500,
  RESTORE_FAILED: 500,
  DB_NOT_EMPTY: 500,
};

export type ErrorBody = { ok: false; code: AppErrorCode | 'INTERNAL'; message: string; errors?: Record<string, string[]> };

/** What a caller is told about a failure, and with which status; anything unexpected is logged and hidden. */
export function describeError(error: unknown): { status: number; body: ErrorBody } {
  if (isAppError(error)) {
    return {
      status: statusByCode[error.code],
      body: { ok: false, code: error.code, message: error.message, errors: error.details as Record<string, string[]> | undefined },
    };
  }
  const unavailable = databaseUnavailability(error);
  if (unavailable) {
    // Expected during a restart or failover: one line in the log, not a stack per request.
    console.warn(`netprep: database ${unavailable}: ${String((error as Error)?.message ?? error).split('\n')[0]}`);
    return { status: 503, body: unavailableBody[unavailable] };
  }
  console.error(error);
  return { status: 500, body: { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' } };
}

const unavailableBody = {
  unreachable: { ok: false, code: 'DB_UNREACHABLE', message: unreachableMessage },
  timeout: { ok: false, code: 'DB_BUSY', message: timeoutMessage },
} as const satisfies Record<string, ErrorBody>;

export function errorResponse(error: unknown): Response {
  const { status, body } = describeError(error);
  return Response.json(body, { status, headers: status === 503 ? { 'retry-after': '2' } : undefined });
}
