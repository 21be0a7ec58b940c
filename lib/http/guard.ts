import { z } from 'zod';
import { allows, type Access, type Viewer } from '../auth/roles';
import { AppError } from '../errors';

/**
 * The checks every route handler and server action runs, in this order: who is asking, may they,
 * is the input valid. Ownership is then the use case's job (it puts the viewer in its `where`).
 */
export function authorizeAndParse<Schema extends z.ZodType, A extends Access>(
  access: A,
  viewer: Viewer | null,
  schema: Schema | undefined,
  raw: unknown,
): { viewer: ViewerFor<A>; input: z.infer<Schema> } {
  return { viewer: authorize(access, viewer), input: parseInput(schema, raw) };
}

/** Who a handler of this access level can be called by: anyone signed in for every level but public. */
export type ViewerFor<A extends Access> = A extends 'public' ? Viewer | null : Viewer;

/**
 * Refuses a visitor (401) or a role without access (403), and hands back the viewer narrowed to
 * what the access level guarantees. Runs before any input is read.
 */
export function authorize<A extends Access>(access: A, viewer: Viewer | null): ViewerFor<A> {
  if (allows(access, viewer)) return viewer as ViewerFor<A>;
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
  throw new AppError('FORBIDDEN', 'Your account is not allowed to do this.');
}

export function parseInput<Schema extends z.ZodType>(schema: Schema | undefined, raw: unknown): z.infer<Schema> {
  if (!schema) return undefined as z.infer<Schema>;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
    const first = Object.values(fieldErrors).flat()[0] ?? parsed.error.issues[0]?.message;
    throw new AppError('INVALID_INPUT', first ? `Please check the form: ${first}` : 'The request was not valid.', fieldErrors);
  }
  return parsed.data;
}
