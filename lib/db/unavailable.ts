/**
 * Whether an error means "the database could not answer right now" rather than "this request is
 * wrong": the server restarting or failing over, a dropped connection, or a statement cut off by
 * statement_timeout. Such a request can simply be tried again, so callers answer it 503.
 *
 * The same outage reaches us in several wrappings (pg's own error, Prisma's adapter error with the
 * pg code in `cause`, a Prisma P-code, or a plain socket error), so the whole chain is searched.
 */
export type Unavailability = 'unreachable' | 'timeout';

export const unreachableMessage = 'The database is briefly unavailable. What was already saved is safe; please try again in a few seconds.';
export const timeoutMessage = 'The database took too long to answer. Please try again in a moment.';

// PostgreSQL SQLSTATEs: admin/crash shutdown, starting up, connection exceptions, too many clients.
const unreachableSqlStates = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const timeoutSqlStates = new Set(['57014']);
const socketCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);
// Prisma: can't reach server, timed out connecting, server closed the connection.
const prismaCodes = new Set(['P1001', 'P1002', 'P1017']);
const adapterKinds = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
// pg's messages for a pool or client whose socket went away, which carry no code.
const unreachableMessages =
  /Connection terminated|Client has encountered a connection error|Connection is not open|timeout exceeded when trying to connect|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Can't reach database server|Server has closed the connection/i;
const timeoutMessages = /canceling statement due to statement timeout/i;

export function databaseUnavailability(error: unknown): Unavailability | null {
  const seen = new Set<unknown>();
  for (const candidate of chain(error)) {
    if (seen.has(candidate)) continue;
    seen.add(candidate);
    const found = classify(candidate);
    if (found) return found;
  }
  return null;
}

function classify(value: unknown): Unavailability | null {
  if (typeof value !== 'object' || value === null) return null;
  const { code, originalCode, kind, message } = value as { code?: unknown; originalCode?: unknown; kind?: unknown; message?: unknown };
  for (const c of [code, originalCode]) {
    if (typeof c !== 'string') continue;
    if (timeoutSqlStates.has(c)) return 'timeout';
    if (unreachableSqlStates.has(c) || socketCodes.has(c) || prismaCodes.has(c)) return 'unreachable';
  }
  if (typeof kind === 'string' && adapterKinds.has(kind)) return 'unreachable';
  if (typeof message === 'string') {
    if (timeoutMessages.test(message)) return 'timeout';
    if (unreachableMessages.test(message)) return 'unreachable';
  }
  return null;
}

/** The error and what it wraps: `cause`, Prisma's `meta.driverAdapterError` and AggregateError's `errors`. */
function* chain(error: unknown, depth = 0): Generator<unknown> {
  if (depth > 6 || typeof error !== 'object' || error === null) return;
  yield error;
  const { cause, meta, errors } = error as { cause?: unknown; meta?: { driverAdapterError?: unknown }; errors?: unknown };
  yield* chain(cause, depth + 1);
  yield* chain(meta?.driverAdapterError, depth + 1);
  if (Array.isArray(errors)) for (const inner of errors) yield* chain(inner, depth + 1);
}
