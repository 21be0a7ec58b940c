import { z } from 'zod';
import { allows, type Access, type Viewer } from '../auth/roles';
import { AppError } from '../errors';

/**
 * The checks every route handler and server action runs, in this order: who is asking, may they,
 * is the input valid. Ownership is then the use case's job (it puts the viewer in its `where`).
 */
export function authorizeAndParse<Schema extends z.ZodType>(
  access: Access,
  viewer: Viewer | null,
  schema: Schema | undefined,
  raw: unknown,
): z.infer<Schema> {
  authorize(access, viewer);
  return parseInput(schema, raw);
}

/** Refuses a visitor (401) or a role without access (403). Runs before any input is read. */
export function authorize(access: Access, viewer: Viewer | null): void {
  if (allows(access, viewer)) return;
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

/** Signed-in viewer for handlers whose access guarantees one. */
export function signedIn(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do this.');
  return viewer;
}
