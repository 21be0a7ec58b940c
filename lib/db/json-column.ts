import { z } from 'zod';

/**
 * Parses a JSON column with its schema. Prisma types JSON as `unknown`, and a cast would let a
 * malformed row travel on as `undefined` until something far away breaks; this fails at the read,
 * naming the column.
 */
export function readJsonColumn<S extends z.ZodType>(schema: S, value: unknown, column: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`Malformed ${column}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
