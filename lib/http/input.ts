import { z } from 'zod';

/**
 * The building blocks of every input schema that reads a request (actions, route handlers, page
 * params and query strings). Bare `z.string()`, `z.number()` and `z.json()` are refused by the
 * linter under app/ so that each input gets the two rules below, whatever its field.
 */

// PostgreSQL refuses U+0000 in text and jsonb (error 22021), so it would become a 500 deep inside a query.
const nulMessage = 'must not contain a NUL character';
const nulFree = (value: string) => !value.includes('\0');

/** Any text from a request. Chain the length rules on it: `text.min(1).max(200)`. */
export const text = z.string().refine(nulFree, nulMessage);

// The largest value of a PostgreSQL integer column; an id or count beyond it is a 500 in the query.
export const maxInt = 2_147_483_647;

/** A whole number that fits the integer columns it is compared with. Chain tighter bounds on it. */
export const int = z
  .int()
  .min(-maxInt - 1)
  .max(maxInt);

/** Any JSON from a request, with no NUL in any string or key (jsonb refuses them too). */
export const json = z.json().refine(jsonNulFree, nulMessage);

function jsonNulFree(value: z.core.util.JSONType): boolean {
  if (typeof value === 'string') return nulFree(value);
  if (Array.isArray(value)) return value.every(jsonNulFree);
  if (value && typeof value === 'object') return Object.entries(value).every(([key, item]) => nulFree(key) && jsonNulFree(item));
  return true;
}

/** A dynamic segment of a URL (catch-all segments arrive as arrays and are not one). */
export const pathSegment = text.min(1).max(200);
