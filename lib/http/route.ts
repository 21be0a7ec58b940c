import { z } from 'zod';
import type { Access, Viewer } from '../auth/roles';
import { currentViewer } from '../auth/viewer';
import { AppError } from '../errors';
import { errorResponse } from './error-status';
import { authorize, parseInput, type ViewerFor } from './guard';
import { pathSegment } from './input';

type Params = Record<string, string | string[]>;
/** `now` is the request's one reading of the clock; domain code takes it instead of reading its own. */
type RouteContext<Input, A extends Access> = {
  input: Input;
  request: Request;
  params: Params;
  viewer: ViewerFor<A>;
  now: Date;
  body: string;
  bytes: Uint8Array;
};

// Next's own limit for a server action's body; no route of ours takes more than a few kilobytes.
export const defaultBodyLimit = 1_000_000;

type RouteOptions<Schema extends z.ZodType, A extends Access> = {
  /** Validates the query string (GET/HEAD, and uploads) or the JSON body (other methods). */
  input?: Schema;
  /**
   * `json` (the default): the body is the input. `file`: the body is an uploaded file's text,
   * handed to the handler as `body`; `bytes`: the same as raw bytes (`bytes`), for binary files.
   * With either upload, the input is read from the query string. `form`: an HTML form post
   * (application/x-www-form-urlencoded), as LMSs send LTI launches; GET reads the query.
   */
  body?: 'json' | 'file' | 'bytes' | 'form';
  /** Public routes don't look up the session at all, which keeps them cheap. */
  access: A;
  /** The largest body accepted, in bytes; a larger one is answered 413 before it is all read. */
  maxBodyBytes?: number;
  handler: (context: RouteContext<z.infer<Schema>, A>) => Promise<Response>;
};

export type RouteDefinition = {
  access: Access;
  /** The route without the cookie lookup, so tests can call it as any viewer. */
  run: (viewer: Viewer | null, request: Request, params?: Params) => Promise<Response>;
};

/**
 * Every route handler is built with this: it checks the session and role, then reads at most
 * `maxBodyBytes` of input and parses it with zod, and maps failures to responses in one place, so
 * no handler can forget any of them. A visitor is refused before a byte of the body is read.
 */
export function route<A extends Access, Schema extends z.ZodType = z.ZodUndefined>(options: RouteOptions<Schema, A>) {
  const run = async (caller: Viewer | null, request: Request, params: Params = {}): Promise<Response> => {
    try {
      const now = new Date();
      const viewer = authorize(options.access, caller);
      const limit = options.maxBodyBytes ?? defaultBodyLimit;
      const upload = options.body === 'file' || options.body === 'bytes';
      const raw = options.input ? (upload ? queryOf(request) : await readInput(request, limit, options.body === 'form')) : undefined;
      const input = parseInput(options.input, raw);
      const bytes = upload ? await readBody(request, limit) : new Uint8Array();
      const body = options.body === 'file' ? Buffer.from(bytes).toString('utf8') : '';
      return await options.handler({ input, request, params, viewer, now, body, bytes });
    } catch (error) {
      return errorResponse(error);
    }
  };
  const handler = async (request: Request, context?: { params?: Promise<Params> }): Promise<Response> => {
    try {
      const params = (await context?.params) ?? {};
      const viewer = options.access === 'public' ? null : await currentViewer();
      return await run(viewer, request, params);
    } catch (error) {
      return errorResponse(error);
    }
  };
  const definition: RouteDefinition = { access: options.access, run };
  return Object.assign(handler, { access: options.access, definition });
}

async function readInput(request: Request, limit: number, form: boolean): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') return queryOf(request);
  const text = Buffer.from(await readBody(request, limit)).toString('utf8');
  if (form) return Object.fromEntries(new URLSearchParams(text));
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not valid JSON.');
  }
}

function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}

/** Reads the body, stopping as soon as it passes the limit (a chunked body declares no length). */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  if (Number(request.headers.get('content-length')) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

function tooLarge(limit: number): AppError {
  const size = limit >= 1_000_000 ? `${Math.round(limit / 1_000_000)} MB` : `${Math.round(limit / 1000)} KB`;
  return new AppError('PAYLOAD_TOO_LARGE', `The request body is over ${size}, the most this accepts.`);
}

/** A single dynamic segment of the URL, checked with the shared segment schema; anything else is not a page of ours. */
export function segment(params: Params, name: string): string {
  const parsed = pathSegment.safeParse(params[name]);
  if (!parsed.success) throw new AppError('NOT_FOUND', 'No such page.');
  return parsed.data;
}
