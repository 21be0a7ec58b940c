import { spawn, spawnSync } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { summarize, type Summary } from './bench-report';

export type PgbenchOptions = { clients: number; threads: number; seconds: number };
export type PgbenchResult = { tps: number; transactions: number; failed: number; latencyMs: Summary; raw: string };

/** pgbench's version line, or null when it is not installed. */
export function pgbenchVersion(): string | null {
  const probe = spawnSync('pgbench', ['--version'], { encoding: 'utf8' });
  return probe.error || probe.status !== 0 ? null : probe.stdout.trim();
}

/** Numbers the reviewable cards 1..n, so pgbench's `random(1, n)` can pick one. */
export async function numberCards(client: pg.Client): Promise<number> {
  await client.query(`CREATE TABLE bench_cards AS
    SELECT (row_number() OVER (ORDER BY id))::int AS n, id AS card_id, "userId" AS user_id FROM "Card" WHERE NOT suspended`);
  await client.query('ALTER TABLE bench_cards ADD PRIMARY KEY (n); ANALYZE bench_cards');
  return Number((await client.query('SELECT count(*) FROM bench_cards')).rows[0].count);
}

/**
 * submitReview's transaction as raw SQL: lock the card, look for an earlier review with this
 * id, read the question's current body, find the FSRS weights (the learner's own, then their
 * course's: both read, as no learner here has fitted any), update the card, append the log with
 * the card's snapshot (RETURNING *, as Prisma's update and create do), count the card's reviews
 * today and add the review to the day's StudyDay rows. Where Prisma needs two
 * queries for a relation, this joins, as SQL written by hand would. The card and learner ids
 * come from bench_cards inside the first statement, so no round trip is added; the new schedule
 * is fixed rather than computed by FSRS, which runs in Node in the app.
 */
function reviewScript(cards: number): string {
  return `\\set n random(1, ${cards})
BEGIN;
SELECT id AS cid, "userId" AS uid, "questionId" AS qid, due, stability, difficulty, "elapsedDays" AS elapsed,
       "scheduledDays" AS scheduled, "learningSteps" AS steps, reps, lapses, state,
       coalesce("lastReview", due) AS last_review, suspended, leech, "showSalt" AS salt
  FROM "Card"
  WHERE id = (SELECT card_id FROM bench_cards WHERE n = :n) AND "userId" = (SELECT user_id FROM bench_cards WHERE n = :n)
  FOR UPDATE \\gset
SELECT r.id AS rid, coalesce(l.rating, 0) AS earlier FROM (SELECT gen_random_uuid()::text AS id) r LEFT JOIN "ReviewLog" l ON l.id = r.id \\gset
SELECT v.body FROM "Question" q JOIN "QuestionVersion" v ON v.id = q."currentVersionId" WHERE q.id = :qid;
SELECT weights, "createdAt" FROM "SrsParameters" WHERE scope = 'user:' || :uid ORDER BY "createdAt" DESC LIMIT 1;
SELECT weights, "createdAt" FROM "SrsParameters"
  WHERE scope IN (SELECT 'course:' || o."courseId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE qo."questionId" = :qid)
  ORDER BY "createdAt" DESC LIMIT 1;
UPDATE "Card" SET due = now() + interval '3 days', stability = :stability::float8 + 1, difficulty = greatest(:difficulty::float8, 1), "elapsedDays" = 1,
       "scheduledDays" = 3, "learningSteps" = 0, reps = :reps::int + 1, lapses = :lapses, state = 2, "lastReview" = now(),
       "showSalt" = gen_random_uuid()::text
  WHERE id = :cid RETURNING *;
SELECT count(*) AS earlier_today FROM "ReviewLog" WHERE "cardId" = :cid AND "reviewedAt" >= current_date AND "reviewedAt" < current_date + 1 \\gset
INSERT INTO "ReviewLog" (id, "userId", "cardId", rating, source, state, due, stability, difficulty, "elapsedDays", "lastElapsedDays",
                         "scheduledDays", "learningSteps", "reviewedAt", "durationMs", previous, day, "firstOfDay")
  VALUES (:rid, :uid, :cid, 3, 'review', :state, :due, :stability, :difficulty, :elapsed, :elapsed, :scheduled, :steps, now(), 4000,
          jsonb_build_object('due', :due::text, 'stability', :stability::float8, 'difficulty', :difficulty::float8,
            'elapsedDays', :elapsed::int, 'scheduledDays', :scheduled::int, 'learningSteps', :steps::int, 'reps', :reps::int,
            'lapses', :lapses::int, 'state', :state::int, 'lastReview', :last_review::text, 'suspended', :suspended::boolean,
            'leech', :leech::boolean), current_date, :earlier_today = 0)
  RETURNING *;
INSERT INTO "StudyDay" ("userId", "courseId", day, reviews, passed, "durationMs", "youngReviews", "youngPassed", "matureReviews", "maturePassed")
  SELECT :uid, c."courseId", current_date, 1, 1, 4000, 1, 1, 0, 0
  FROM (SELECT DISTINCT o."courseId" FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId" WHERE qo."questionId" = :qid) c
  ON CONFLICT ("userId", "courseId", day) DO UPDATE SET reviews = "StudyDay".reviews + 1, passed = "StudyDay".passed + 1,
    "durationMs" = "StudyDay"."durationMs" + 4000, "youngReviews" = "StudyDay"."youngReviews" + 1, "youngPassed" = "StudyDay"."youngPassed" + 1;
COMMIT;
`;
}

function need(raw: string, pattern: RegExp, what: string): number {
  const match = pattern.exec(raw);
  if (!match) throw new Error(`pgbench: no ${what} in its output:\n${raw}`);
  return Number(match[1]);
}

/** Per-transaction latencies from pgbench's -l logs (one file per thread; the 3rd field is µs). */
async function loggedLatencies(dir: string, prefix: string): Promise<number[]> {
  const files = (await readdir(dir)).filter((f) => f.startsWith(`${prefix}.`));
  const samples: number[] = [];
  for (const file of files) {
    for (const line of (await readFile(path.join(dir, file), 'utf8')).split('\n')) {
      const micros = Number(line.split(' ')[2]);
      if (line && Number.isFinite(micros)) samples.push(micros / 1000);
    }
  }
  return samples;
}

/**
 * Runs the review transaction against the server at `url` (loopback only), credentials passed
 * through the environment so the password never shows in a process list.
 */
export async function runPgbench(url: string, cards: number, dir: string, name: string, { clients, threads, seconds }: PgbenchOptions): Promise<PgbenchResult> {
  const target = new URL(url);
  if (target.hostname !== '127.0.0.1') throw new Error(`refusing to load anything but 127.0.0.1: ${target.hostname}`);
  const script = path.join(dir, 'review.sql');
  await writeFile(script, reviewScript(cards));
  const env = {
    ...process.env,
    PGHOST: target.hostname,
    PGPORT: target.port,
    PGUSER: decodeURIComponent(target.username),
    PGPASSWORD: decodeURIComponent(target.password),
    PGDATABASE: target.pathname.slice(1),
  };
  const args = ['-n', '-M', 'prepared', '-c', String(clients), '-j', String(threads), '-T', String(seconds), '-f', script, '-l', '--log-prefix', name];
  const raw = await new Promise<string>((resolve, reject) => {
    const child = spawn('pgbench', args, { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), (seconds + 60) * 1000);
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(output);
      else reject(new Error(`pgbench exited with ${code}:\n${output}`));
    });
  });
  return {
    tps: need(raw, /^tps = ([\d.]+) \(without initial connection time\)/m, 'tps'),
    transactions: need(raw, /^number of transactions actually processed: (\d+)/m, 'transaction count'),
    failed: Number(/^number of failed transactions: (\d+)/m.exec(raw)?.[1] ?? 0),
    latencyMs: summarize(await loggedLatencies(dir, name)),
    raw,
  };
}
