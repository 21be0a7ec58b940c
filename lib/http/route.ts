import { z } from 'zod';
import { AppError } from '../errors';
import { errorResponse } from './error-status';

type RouteContext<Input> = { input: Input; request: Request; params: Record<string, string> };

type RouteOptions<Schema extends z.ZodType> = {
  /** Validates the query string (GET/HEAD) or the JSON body (other methods). */
  input?: Schema;
  access: 'public';
  handler: (context: RouteContext<z.infer<Schema>>) => Promise<Response>;
};

/**
 * Every route handler is built with this: it parses input with zod and maps failures to
 * responses in one place, so no handler can forget either.
 */
export function route<Schema extends z.ZodType = z.ZodUndefined>(options: RouteOptions<Schema>) {
  return async (request: Request, context?: { params?: Promise<Record<string, string>> }): Promise<Response> => {
    try {
      const params = (await context?.params) ?? {};
      const raw = await readInput(request);
      const parsed = options.input ? options.input.safeParse(raw) : { success: true as const, data: undefined };
      if (!parsed.success) {
        throw new AppError('INVALID_INPUT', 'The request was not valid.', z.flattenError(parsed.error).fieldErrors);
      }
      return await options.handler({ input: parsed.data as z.infer<Schema>, request, params });
    } catch (error) {
      return errorResponse(error);
    }
  };
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
