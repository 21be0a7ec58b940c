import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { Access, Viewer } from '../auth/roles';
import { currentViewer } from '../auth/viewer';
import { clientIp } from './client-address';
import { describeError } from './error-status';
import { authorizeAndParse, type ViewerFor } from './guard';

export type ActionResult<Data> = { ok: true; data: Data } | { ok: false; code: string; message: string; errors?: Record<string, string[]> };

/**
 * Facts about the request, read once by the wrapper: the address (for throttling) and the clock,
 * so domain code never reads the time itself and tests can run an action at any instant.
 */
export type RequestFacts = { ip: string; now: Date };

type ActionOptions<Schema extends z.ZodType, Data, A extends Access> = {
  input: Schema;
  access: A;
  handler: (context: { input: z.infer<Schema>; viewer: ViewerFor<A>; request: RequestFacts }) => Promise<Data>;
  /** Pages whose cached render the action makes stale; refreshed after it succeeds. */
  revalidate?: (input: z.infer<Schema>) => string[];
};

export type ActionDefinition<Data> = {
  access: Access;
  /** The action without the cookie lookup, so tests can run it as any viewer. */
  run: (viewer: Viewer | null, raw: unknown, request: RequestFacts) => Promise<ActionResult<Data>>;
};

/**
 * Every server action is built with this: session and role check, zod input, and a result that
 * forms can show (`{ ok: false, message, errors }`) instead of a thrown error.
 */
export function action<Schema extends z.ZodType, Data, A extends Access>(options: ActionOptions<Schema, Data, A>) {
  const execute = async (caller: Viewer | null, raw: unknown, request: RequestFacts) => {
    let input: z.infer<Schema> | undefined;
    try {
      const checked = authorizeAndParse(options.access, caller, options.input, raw);
      input = checked.input;
      const result: ActionResult<Data> = { ok: true, data: await options.handler({ input: checked.input, viewer: checked.viewer, request }) };
      return { result, input };
    } catch (error) {
      // redirect() and notFound() work by throwing; they must reach Next.
      unstable_rethrow(error);
      return { result: failure<Data>(error), input };
    }
  };
  const run = async (viewer: Viewer | null, raw: unknown, request: RequestFacts) => (await execute(viewer, raw, request)).result;
  const serverAction = async (raw: unknown) => {
    let viewer: Viewer | null;
    try {
      viewer = await currentViewer();
    } catch (error) {
      // Reading the session needs the database too: an outage there is a 503-style result, not a crash.
      return failure<Data>(error);
    }
    const { result, input } = await execute(viewer, raw, { ip: clientIp(await headers()), now: new Date() });
    if (result.ok && options.revalidate) options.revalidate(input as z.infer<Schema>).forEach((path) => revalidatePath(path));
    return result;
  };
  const definition: ActionDefinition<Data> = { access: options.access, run };
  return Object.assign(serverAction, { definition });
}

function failure<Data>(error: unknown): ActionResult<Data> {
  return describeError(error).body;
}
