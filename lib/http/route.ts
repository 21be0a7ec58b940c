import { z } from 'zod';
import type { Access, Viewer } from '../auth/roles';
import { currentViewer } from '../auth/viewer';
import { AppError } from '../errors';
import { errorResponse } from './error-status';
import { authorizeAndParse } from './guard';

type Params = Record<string, string | string[]>;
/** `now` is the request's one reading of the clock; domain code takes it instead of reading its own. */
type RouteContext<Input> = { input: Input; request: Request; params: Params; viewer: Viewer | null; now: Date };

type RouteOptions<Schema extends z.ZodType> = {
  /** Validates the query string (GET/HEAD) or the JSON body (other methods). */
  input?: Schema;
  /** Public routes don't look up the session at all, which keeps them cheap. */
  access: Access;
  handler: (context: RouteContext<z.infer<Schema>>) => Promise<Response>;
};

/**
 * Every route handler is built with this: it checks the session and role, parses input with zod
 * and maps failures to responses in one place, so no handler can forget any of them.
 */
export function route<Schema extends z.ZodType = z.ZodUndefined>(options: RouteOptions<Schema>) {
  const handler = async (request: Request, context?: { params?: Promise<Params> }): Promise<Response> => {
    try {
      const now = new Date();
      const params = (await context?.params) ?? {};
      const viewer = options.access === 'public' ? null : await currentViewer();
      const raw = options.input ? await readInput(request) : undefined;
      const input = authorizeAndParse(options.access, viewer, options.input, raw);
      return await options.handler({ input, request, params, viewer, now });
    } catch (error) {
      return errorResponse(error);
    }
  };
  return Object.assign(handler, { access: options.access });
}

async function readInput(request: Request): Promise<unknown> {
  if (request.method === 'GET' || request.method === 'HEAD') {
    return Object.fromEntries(new URL(request.url).searchParams);
  }
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('INVALID_INPUT', 'The request body is not valid JSON.');
  }
}

/** A single dynamic segment of the URL (catch-all segments arrive as arrays). */
export function segment(params: Params, name: string): string {
  const value = params[name];
  if (typeof value !== 'string') throw new AppError('NOT_FOUND', 'No such page.');
  return value;
}
