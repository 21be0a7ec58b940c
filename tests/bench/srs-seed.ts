import { hashPassword } from '../../lib/auth/password';
import type { Db } from '../../lib/db/client';
import { withBulkLoad } from './bulk-load';
import { seedQuestionBank } from './generate-question-bank';

export const seedSize = { learners: 1000, cardsPerLearner: 200, reviewLogs: 2_000_000, generatedQuestions: 1000 };
export const learnerPassword = 'a long benchmark passphrase';
export const learnerEmail = (n: number) => `bench-learner-${String(n).padStart(4, '0')}@example.com`;

/**
 * Every learner's cards sit at the same positions 0–199 of their deck, each on another question:
 * the first 20 are new, then 8 learning, 6 relearning, and the rest in review (2 of them suspended
 * leeches). 20 of the non-new cards have 12 reviews and the other 160 have 11, which makes exactly
 * 2,000 logs per learner.
 */
const cardsSql = `
INSERT INTO "Card" (id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
                    reps, lapses, state, "lastReview", suspended, leech, "showSalt", "createdAt")
SELECT uuidv7(), user_id, question_id, due,
       CASE state WHEN 0 THEN 0 WHEN 2 THEN scheduled * (0.8 + r3 * 0.4) ELSE 0.5 + r3 * 3 END,
       CASE state WHEN 0 THEN 0 ELSE 1 + r1 * 9 END,
       scheduled, scheduled, CASE state WHEN 1 THEN 1 ELSE 0 END,
       reps, CASE WHEN leech THEN 8 WHEN state = 3 THEN 1 + floor(r3 * 3) WHEN state = 2 THEN floor(r3 * 4) ELSE 0 END,
       state, CASE state WHEN 0 THEN NULL WHEN 2 THEN due - scheduled * interval '1 day' ELSE now() - r3 * interval '1 day' END,
       leech, leech, gen_random_uuid()::text, created
FROM (
  SELECT *,
         CASE state WHEN 0 THEN created
                    WHEN 2 THEN now() + ahead * interval '1 day'
                    -- learning steps are minutes to hours: about a quarter of these are due now
                    ELSE now() - r3 * interval '1 day' + r2 * interval '2 days' END AS due,
         -- so that a review card was last seen at least a day before now
         CASE state WHEN 2 THEN 1 + floor(greatest(ahead, 0) + r3 * 30)::int ELSE 0 END AS scheduled
  FROM (
    SELECT l.user_id, q.id AS question_id,
           CASE WHEN j < 20 THEN 0 WHEN j < 28 THEN 1 WHEN j < 34 THEN 3 ELSE 2 END AS state,
           CASE WHEN j < 20 THEN 0 WHEN j < 40 THEN 12 ELSE 11 END AS reps,
           j IN (34, 35) AS leech,
           now() - (180 + random() * 185) * interval '1 day' AS created,
           -- days until due: about 15 % of review cards are overdue by up to 30 days, the rest due within 30
           CASE WHEN random() < 0.15 THEN -30 * random() ELSE 30 * random() END AS ahead,
           random() AS r1, random() AS r2, random() AS r3
    FROM bench_learners l
    CROSS JOIN generate_series(0, $2::int - 1) j
    JOIN bench_questions q ON q.k = (l.n * 211 + j) % $1::int
  ) positions
) scheduled`;

/** A card's reviews are spread evenly from its creation to its last review; seeded history needs no undo snapshot. */
const logsSql = `
INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, source, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
                         "scheduledDays", "learningSteps", "reviewedAt", "appliedAt", "durationMs", previous, day, "firstOfDay")
SELECT gen_random_uuid()::text, c."userId", c.id,
       CASE WHEN x < 0.1 THEN 1 WHEN x < 0.2 THEN 2 WHEN x < 0.9 THEN 3 ELSE 4 END, 'review',
       CASE WHEN r = 1 THEN 0 WHEN r = 2 THEN 1 ELSE 2 END, at, c.stability * r / c.reps, c.difficulty,
       c."scheduledDays", c."scheduledDays", c."scheduledDays", 0, at, at, 3000 + floor(x * 20000)::int, '{}'::jsonb, at::date, true
FROM "Card" c
JOIN bench_learners l ON l.user_id = c."userId"
CROSS JOIN LATERAL generate_series(1, c.reps) r
CROSS JOIN LATERAL (SELECT c."createdAt" + (c."lastReview" - c."createdAt") * (r::float8 / c.reps) AS at, random() AS x) t
WHERE c.state <> 0`;

export type SeedReport = { ms: number; questions: number; rows: Record<string, number>; sizes: Record<string, string> };

/**
 * Seeds the learners, their settings, cards and history with a handful of set-based statements on
 * one connection. Foreign keys are not checked row by row (session_replication_role = replica, as
 * a bulk restore does): the rows are consistent by construction, and checking 4 million references
 * would only slow the seeding, which is not what is measured.
 */
export async function seedSrs(db: Db, url: string, courseId: string, log: (line: string) => void): Promise<SeedReport> {
  const started = performance.now();
  log(`  ${seedSize.generatedQuestions} generated questions…`);
  await seedQuestionBank(db, { courseId, count: seedSize.generatedQuestions });
  return withBulkLoad(url, log, async ({ client, step }) => {
    await client.query(`CREATE TEMP TABLE bench_questions AS
      SELECT (row_number() OVER (ORDER BY id))::int - 1 AS k, id FROM "Question" WHERE "currentVersionId" IS NOT NULL AND "archivedAt" IS NULL`);
    const questions = Number((await client.query('SELECT count(*) FROM bench_questions')).rows[0].count);
    if (questions < seedSize.cardsPerLearner) throw new Error(`only ${questions} live questions; each learner needs ${seedSize.cardsPerLearner}`);
    // Kept as a real table: the HTTP clients and pgbench number learners and cards from it.
    await client.query('CREATE TABLE bench_learners (n int PRIMARY KEY, user_id text NOT NULL UNIQUE)');
    // Emails as learnerEmail writes them, so the HTTP clients can sign in as learner n.
    await step(
      'learners',
      `WITH made AS (
         INSERT INTO "User" (id, email, name, "passwordHash", role, "createdAt")
         SELECT uuidv7(), format('bench-learner-%s@example.com', lpad(g::text, 4, '0')), 'Bench learner ' || g, $1, 'LEARNER', now() - interval '400 days'
         FROM generate_series(1, $2::int) g RETURNING id, email)
       INSERT INTO bench_learners SELECT substring(email FROM '(\\d+)@')::int, id FROM made`,
      [await hashPassword(learnerPassword), seedSize.learners],
    );
    await step(
      'review settings',
      `INSERT INTO "SrsSettings" ("userId", scope, settings)
       SELECT user_id, '*', jsonb_build_object('timeZone', (ARRAY['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])[1 + n % 4]) FROM bench_learners`,
    );
    await step('cards', cardsSql, [questions, seedSize.cardsPerLearner]);
    // Building the secondary indexes once after the load is about twice as fast as updating them
    // 2 million times; their definitions are read back from the catalog, so they come back exact.
    const { rows: indexes } = await client.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'ReviewLog' AND indexname <> 'ReviewLog_pkey'`);
    for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
    await step('review logs', logsSql);
    for (const index of indexes) await step(`index ${index.indexname}`, index.indexdef);
    // A freshly loaded table has no visibility map and would be vacuumed by autovacuum in the
    // middle of the measurements; a steady-state database has been vacuumed long ago.
    await step('VACUUM (ANALYZE)', 'VACUUM (ANALYZE) "User", "SrsSettings", "Card", "ReviewLog", "Question", "QuestionVersion", bench_learners');
    await client.query('CHECKPOINT');
    const rows: Record<string, number> = {};
    const sizes: Record<string, string> = {};
    for (const table of ['User', 'Card', 'ReviewLog', 'Question', 'QuestionVersion']) {
      const {
        rows: [r],
      } = await client.query(`SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('"${table}"')) AS size FROM "${table}"`);
      rows[table] = r.n;
      sizes[table] = r.size;
    }
    if (rows.ReviewLog !== seedSize.reviewLogs) throw new Error(`seeded ${rows.ReviewLog} review logs instead of ${seedSize.reviewLogs}`);
    return { ms: performance.now() - started, questions, rows, sizes };
  });
}
