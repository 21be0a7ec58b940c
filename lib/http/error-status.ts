import { AppError } from '../errors';

// The one place where domain error codes become HTTP statuses.
const statusByCode: Record<string, number> = {
  INVALID_INPUT: 422,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    return Response.json({ ok: false, code: error.code, message: error.message, errors: error.details }, { status: statusByCode[error.code] ?? 500 });
  }
  console.error(error);
  return Response.json({ ok: false, code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' }, { status: 500 });
}
