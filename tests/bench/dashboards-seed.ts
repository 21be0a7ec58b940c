import { hashPassword } from '../../lib/auth/password';
import type { Db } from '../../lib/db/client';
import { withBulkLoad } from './bulk-load';
import { seedQuestionBank } from './generate-question-bank';

/**
 * One learner alone with a long history (1,000 cards × 50 reviews = 50,000 logs over 400 days),
 * and a cohort of 200 learners with 500 cards × 10 reviews each (1,000,000 logs), 4 submitted
 * exam simulations of 90 answered items each, and a third of the lessons completed.
 */
export const seedSize = {
  soloCards: 1000,
  soloReviews: 50,
  cohortLearners: 200,
  cohortCards: 500,
  cohortReviews: 10,
  examsPerLearner: 4,
  examItems: 90,
  questions: 1500,
};
export const soloLogs = seedSize.soloCards * seedSize.soloReviews;
export const cohortLogs = seedSize.cohortLearners * seedSize.cohortCards * seedSize.cohortReviews;

export type DashboardSeed = { soloId: string; instructorId: string; cohortId: string; rows: Record<string, number>; ms: number };

/** Cards for each (learner, k < cards): every state, due dates from a month overdue to a month ahead. */
const cardsSql = `
INSERT INTO "Card" (id, "userId", "questionId", due, stability, difficulty, "elapsedDays", "scheduledDays", "learningSteps",
                    reps, lapses, state, "lastReview", suspended, leech, "showSalt", "createdAt", answers, "correctAnswers")
SELECT uuidv7(), l.user_id, q.id,
       now() + (CASE WHEN random() < 0.2 THEN -30 * random() ELSE 30 * random() END) * interval '1 day',
       1 + random() * 120, 1 + random() * 9, 5, 10, 0,
       l.reviews, floor(random() * 3)::int, CASE WHEN g.j % 25 = 0 THEN 1 ELSE 2 END,
       now() - random() * interval '20 days', false, false, gen_random_uuid()::text,
       now() - interval '400 days', l.reviews, floor(l.reviews * (0.6 + random() * 0.35))::int
FROM bench_learners l
CROSS JOIN generate_series(0, l.cards - 1) AS g(j)
JOIN bench_questions q ON q.k = (g.j + l.n * 37) % $1::int`;

/** Each card's reviews spread evenly over the last 400 days, at a random point of each stretch. */
const logsSql = `
INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, source, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
                         "scheduledDays", "learningSteps", "reviewedAt", "appliedAt", "durationMs", previous, day, "firstOfDay")
SELECT gen_random_uuid()::text, c."userId", c.id, CASE WHEN x < 0.15 THEN 1 WHEN x < 0.25 THEN 2 WHEN x < 0.9 THEN 3 ELSE 4 END, 'review',
       CASE WHEN r = 1 THEN 0 ELSE 2 END, at, c.stability, c.difficulty, r * 4, r * 4, r * 4, 0, at, at,
       3000 + floor(x * 20000)::int, '{}'::jsonb, at::date, true
FROM "Card" c
CROSS JOIN LATERAL generate_series(1, c.reps) r
CROSS JOIN LATERAL (SELECT now() - ((c.reps - r + random()) * (400.0 / c.reps)) * interval '1 day' AS at, random() AS x) t`;

/** The same aggregation the migration's backfill does: what the scheduler keeps review by review. */
const studyDaysSql = `
INSERT INTO "StudyDay" ("userId", "courseId", day, reviews, passed, "durationMs", "youngReviews", "youngPassed", "matureReviews", "maturePassed")
SELECT r."userId", $1, r.day, count(*)::int, count(*) FILTER (WHERE r.rating > 1)::int, sum(LEAST(r."durationMs", 300000))::int,
       count(*) FILTER (WHERE r.state = 2 AND r."scheduledDays" < 21)::int,
       count(*) FILTER (WHERE r.state = 2 AND r."scheduledDays" < 21 AND r.rating > 1)::int,
       count(*) FILTER (WHERE r.state = 2 AND r."scheduledDays" >= 21)::int,
       count(*) FILTER (WHERE r.state = 2 AND r."scheduledDays" >= 21 AND r.rating > 1)::int
FROM "ReviewLog" r GROUP BY r."userId", r.day`;

/** Exam simulations answered item by item: single-answer questions only, so each response names an option. */
const examsSql = `
WITH attempts AS (
  INSERT INTO "QuizAttempt" (id, "userId", kind, "courseId", status, "startedAt", "submittedAt", score, "scaledScore", passed)
  SELECT uuidv7(), l.user_id, 'EXAM', $1, 'SUBMITTED', now() - (e * 20 + 5) * interval '1 day', now() - (e * 20 + 5) * interval '1 day' + interval '80 minutes',
         0, 0, false
  FROM bench_learners l CROSS JOIN generate_series(1, $2::int) e WHERE l.cohort
  RETURNING id, "userId"
)
INSERT INTO "AttemptItem" ("attemptId", position, "questionId", "versionId", presentation, response, "answeredAt", "durationMs", correct, score, partial, "answerKeys")
SELECT a.id, p, q.id, q."versionId", '{}'::jsonb, jsonb_build_object('type', 'single', 'choice', choice), now(), 20000 + floor(random() * 60000)::int,
       choice = q.answer, (choice = q.answer)::int, (choice = q.answer)::int, ARRAY[choice]
FROM attempts a
CROSS JOIN generate_series(0, $3::int - 1) p
JOIN bench_single q ON q.k = (p * 7 + abs(hashtext(a.id)) ) % (SELECT count(*) FROM bench_single)
CROSS JOIN LATERAL (SELECT CASE WHEN random() < 0.7 THEN q.answer ELSE (ARRAY['a', 'b', 'c', 'd'])[1 + floor(random() * 4)::int] END AS choice) x`;

export async function seedDashboards(db: Db, url: string, courseId: string, log: (line: string) => void): Promise<DashboardSeed> {
  const started = performance.now();
  log(`  ${seedSize.questions} generated questions…`);
  await seedQuestionBank(db, { courseId, count: seedSize.questions });
  const password = await hashPassword('a long benchmark passphrase');
  const instructor = await db.user.create({
    data: { email: 'bench-instructor@example.com', name: 'Bench instructor', passwordHash: password, role: 'INSTRUCTOR' },
  });
  const cohort = await db.cohort.create({ data: { name: 'Bench cohort', courseId, instructorId: instructor.id, inviteCode: 'BENCHCODE' } });
  return withBulkLoad(url, log, async ({ client, step }) => {
    await client.query(
      `CREATE TEMP TABLE bench_questions AS
      SELECT (row_number() OVER (ORDER BY q.id))::int - 1 AS k, q.id FROM "Question" q
      WHERE q."currentVersionId" IS NOT NULL AND q."archivedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE qo."questionId" = q.id AND o."courseId" = $1)`,
      [courseId],
    );
    await client.query(`CREATE TEMP TABLE bench_single AS
      SELECT (row_number() OVER (ORDER BY q.id))::int - 1 AS k, q.id, v.id AS "versionId", v.body->>'answer' AS answer
      FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
      WHERE q.id LIKE 'bench-q-%' AND v.body->>'type' = 'single'`);
    const questions = Number((await client.query('SELECT count(*) FROM bench_questions')).rows[0].count);
    await client.query(
      'CREATE TEMP TABLE bench_learners (n int PRIMARY KEY, user_id text NOT NULL, cards int NOT NULL, reviews int NOT NULL, cohort boolean NOT NULL)',
    );
    await step(
      'learners',
      `WITH made AS (
         INSERT INTO "User" (id, email, name, "passwordHash", role, "createdAt", "lastActiveAt")
         SELECT uuidv7(), format('bench-learner-%s@example.com', lpad(g::text, 4, '0')), 'Bench learner ' || g, $1, 'LEARNER', now() - interval '400 days',
                now() - (g % 14) * interval '1 day'
         FROM generate_series(0, $2::int) g RETURNING id, email)
       INSERT INTO bench_learners
       SELECT n, id, CASE WHEN n = 0 THEN $3::int ELSE $4::int END, CASE WHEN n = 0 THEN $5::int ELSE $6::int END, n > 0
       FROM (SELECT substring(email FROM '(\\d+)@')::int AS n, id FROM made) m`,
      [password, seedSize.cohortLearners, seedSize.soloCards, seedSize.cohortCards, seedSize.soloReviews, seedSize.cohortReviews],
    );
    await step('cohort members', `INSERT INTO "CohortMember" ("cohortId", "userId") SELECT $1, user_id FROM bench_learners WHERE cohort`, [cohort.id]);
    await step(
      'review settings',
      `INSERT INTO "SrsSettings" ("userId", scope, settings)
       SELECT user_id, '*', jsonb_build_object('timeZone', (ARRAY['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'])[1 + n % 4]) FROM bench_learners`,
    );
    await step('cards', cardsSql, [questions]);
    await step('review logs', logsSql);
    await step('study days', studyDaysSql, [courseId]);
    await step(
      'lesson progress',
      `INSERT INTO "LessonProgress" ("userId", "lessonId", "completedAt", "updatedAt")
       SELECT l.user_id, s.id, now() - interval '30 days', now()
       FROM bench_learners l
       JOIN (SELECT les.id, row_number() OVER (ORDER BY les.id) AS k FROM "Lesson" les
             JOIN "ChapterCourse" cc ON cc."chapterId" = les."chapterId" AND cc."courseId" = $1) s ON (s.k + l.n) % 3 = 0`,
      [courseId],
    );
    await step('exam attempts and items', examsSql, [courseId, seedSize.examsPerLearner, seedSize.examItems]);
    await client.query(`UPDATE "QuizAttempt" a SET score = s.score, "scaledScore" = round(100 + 800 * s.score), passed = s.score >= 0.7
      FROM (SELECT "attemptId", avg(score) AS score FROM "AttemptItem" GROUP BY "attemptId") s WHERE s."attemptId" = a.id`);
    await step('VACUUM (ANALYZE)', 'VACUUM (ANALYZE) "User", "Card", "ReviewLog", "StudyDay", "LessonProgress", "QuizAttempt", "AttemptItem", "CohortMember"');
    await client.query('CHECKPOINT');
    const rows: Record<string, number> = {};
    for (const table of ['User', 'Card', 'ReviewLog', 'StudyDay', 'QuizAttempt', 'AttemptItem']) {
      rows[table] = (await client.query(`SELECT count(*)::int AS n FROM "${table}"`)).rows[0].n;
    }
    if (rows.ReviewLog !== soloLogs + cohortLogs) throw new Error(`seeded ${rows.ReviewLog} review logs instead of ${soloLogs + cohortLogs}`);
    const soloId = (await client.query('SELECT user_id FROM bench_learners WHERE n = 0')).rows[0].user_id as string;
    return { soloId, instructorId: instructor.id, cohortId: cohort.id, rows, ms: performance.now() - started };
  });
}
