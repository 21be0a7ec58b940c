/**
 * True when a write failed on a unique index (Prisma's P2002, PostgreSQL's 23505): with
 * check-then-insert guarded by an index, losing the race lands here, and the caller answers with
 * the row that won.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'P2002';
}
