import { FSRS6_DEFAULT_DECAY } from 'ts-fsrs';
import { Prisma } from '../db/generated/client';

/**
 * Per learner (numbered n from 1, for cheap grouping), the FSRS-6 decay (w[20]) of the weights that schedule their cards in this course
 * (their own fitted ones, else the course's, else the published default), and the curve's factor
 * 0.9^(−1/decay) − 1 rounded as ts-fsrs rounds it. Weights fitted by an older FSRS version have
 * no w[20] and fall back to the default.
 */
export function learnerDecaySql(userIds: string[], courseId: string) {
  return Prisma.sql`
    SELECT l."userId", l.n, w.decay, round((power(0.9, -1 / w.decay) - 1)::numeric, 8)::float8 AS factor
    FROM unnest(${[...new Set(userIds)]}::text[]) WITH ORDINALITY AS l("userId", n)
    CROSS JOIN LATERAL (
      SELECT COALESCE((
        SELECT p.weights[21] FROM "SrsParameters" p
        WHERE p.scope IN ('user:' || l."userId", ${`course:${courseId}`})
        ORDER BY (p.scope = 'user:' || l."userId") DESC, p."createdAt" DESC
        LIMIT 1
      ), ${FSRS6_DEFAULT_DECAY}::float8) AS decay
    ) w`;
}

/**
 * The card's retrievability at `now`: R(t, S) = (1 + factor·t/S)^(−decay), with t in whole days
 * since the last review, as ts-fsrs's get_retrievability counts them (timestamps are stored
 * as UTC without a zone, so epoch seconds compare them with `now` exactly). Expects the card as `c`
 * and the learner's decay row as `f`; null for cards never reviewed.
 */
export function retrievabilitySql(now: Date) {
  return Prisma.sql`CASE WHEN c.state <> 0 AND c."lastReview" IS NOT NULL THEN
      power(1 + f.factor * GREATEST(floor((${now.getTime() / 1000}::float8 - extract(epoch FROM c."lastReview")) / 86400), 0) / c.stability, -f.decay)
    END`;
}

/**
 * Σ right answers × the card's recall now, over the grouped cards (`c`, `f` as above): how much
 * of what the learner got right they are predicted to still know. A card with answers but no
 * schedule yet keeps its right answers whole (nothing says they faded); suspended cards count,
 * as their answers do.
 */
export function recalledCorrectSql(now: Date) {
  return Prisma.sql`COALESCE(sum(c."correctAnswers" * COALESCE(${retrievabilitySql(now)}, 1)), 0)::float8`;
}
