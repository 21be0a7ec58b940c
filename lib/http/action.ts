import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import type { Access, Viewer } from '../auth/roles';
import { clientIp } from '../auth/throttle';
import { currentViewer } from '../auth/viewer';
import { AppError } from '../errors';
import { authorizeAndParse } from './guard';

export type ActionResult<Data> =
  | { ok: true; data: Data }
  | { ok: false; code: string; message: string; errors?: Record<string, string[]> };

/** Facts about the request that some actions need (throttling by address), read once by the wrapper. */
export type RequestFacts = { ip: string };

type ActionOptions<Schema extends z.ZodType, Data> = {
  input: Schema;
  access: Access;
  handler: (context: { input: z.infer<Schema>; viewer: Viewer | null; request: RequestFacts }) => Promise<Data>;
};

export type ActionDefinition<Data> = {
  access: Access;
  /** The action without the cookie lookup, so tests can run it as any viewer. */
  run: (viewer: Viewer | null, raw: unknown, request?: RequestFacts) => Promise<ActionResult<Data>>;
};

/**
 * Every server action is built with this: session and role check, zod input, and a result that
 * forms can show (`{ ok: false, message, errors }`) instead of a thrown error.
 */
export function action<Schema extends z.ZodType, Data>(options: ActionOptions<Schema, Data>) {
  const run = async (viewer: Viewer | null, raw: unknown, request: RequestFacts = { ip: 'unknown' }): Promise<ActionResult<Data>> => {
    try {
      const input = authorizeAndParse(options.access, viewer, options.input, raw);
      return { ok: true, data: await options.handler({ input, viewer, request }) };
    } catch (error) {
      // redirect() and notFound() work by throwing; they must reach Next.
      unstable_rethrow(error);
      if (error instanceof AppError) {
        return { ok: false, code: error.code, message: error.message, errors: error.details as Record<string, string[]> | undefined };
      }
      console.error(error);
      return { ok: false, code: 'INTERNAL', message: 'Something went wrong on our side; please try again.' };
    }
  };
  const serverAction = async (raw: unknown) => run(await currentViewer(), raw, { ip: clientIp(await headers()) });
  const definition: ActionDefinition<Data> = { access: options.access, run };
  return Object.assign(serverAction, { definition });
}
