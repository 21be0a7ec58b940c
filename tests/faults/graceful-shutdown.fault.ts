import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb } from '../../lib/db/client';
import { startEmbeddedDatabase } from '../../lib/db/embedded-server';
import { launchApp, type AppInstance } from './app-instance';
import { reportFault, sleep } from './fault-report';
import { signedInLearners, startExamOverHttp } from './learners';
import { actionId, callAction } from './server-action';

let app: AppInstance;

// As `npm start` runs on a laptop: the embedded PostgreSQL is start.ts's own.
beforeAll(async () => {
  app = await launchApp();
}, 300_000);

afterAll(async () => {
  await app?.stop();
});

/** A request on a connection of its own (fetch would reuse a kept-alive one): its status, or how it was refused. */
function newConnection(url: string): Promise<string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve(`HTTP ${response.statusCode}`);
    });
    request.on('error', (error: NodeJS.ErrnoException) => resolve(`refused (${error.code ?? error.message})`));
  });
}

function postmasterAlive(dataDir: string): boolean {
  const pidFile = path.join(dataDir, 'postgres', 'postmaster.pid');
  if (!existsSync(pidFile)) return false;
  try {
    process.kill(Number(readFileSync(pidFile, 'utf8').split('\n')[0]), 0);
    return true;
  } catch {
    return false;
  }
}

it('finishes the requests in flight on SIGTERM, refuses new ones, stops jobs, and stops PostgreSQL last', async () => {
  const base = app.baseUrl;
  // Attaches to the app's running server without owning it.
  const { url } = await startEmbeddedDatabase(app.dataDir);
  const db = createDb(url, 1);
  const [ada] = await signedInLearners(db, base, 'shutdown', 1);
  const exam = await startExamOverHttp(db, base, ada, 5);
  await db.$disconnect();

  // The test holds the attempt's row lock, so the answers below are still in flight at the signal.
  const holder = new pg.Client({ connectionString: url });
  // Reported through the failed query below rather than as an uncaught error if PostgreSQL goes early.
  holder.on('error', () => {});
  await holder.connect();
  await holder.query('BEGIN');
  await holder.query('SELECT id FROM "QuizAttempt" WHERE id = $1 FOR UPDATE', [exam.attemptId]);
  const answer = actionId('app/attempts/actions.ts', 'answerAction');
  const inFlight = exam.answers
    .slice(0, 3)
    .map((a) => callAction(base, ada.cookie, `/attempts/${exam.attemptId}`, answer, { attemptId: exam.attemptId, ...a }));
  await sleep(300);

  const signalledAt = performance.now();
  app.terminate();
  // Once Next has the signal (start.ts passes it on), a new connection is refused. The lock is
  // held under 5 s in all: Prisma gives up on a transaction waiting longer than that.
  let late = '';
  for (const until = performance.now() + 3_000; !late.startsWith('refused') && performance.now() < until; await sleep(200)) {
    late = await newConnection(`${base}/api/health`);
  }
  const refusedAfter = (performance.now() - signalledAt) / 1000;
  await holder.query('COMMIT');
  await holder.end();
  const results = await Promise.all(inFlight);
  const exitCode = await app.exited;
  const stoppedSeconds = (performance.now() - signalledAt) / 1000;
  const log = app.output.join('');

  // The shutdown as npm start's terminal shows it.
  console.log(log.slice(log.indexOf('[netprep] Stopping')));
  const appStopped = log.indexOf('The app has stopped.');
  const databaseStopped = log.indexOf('The embedded PostgreSQL has stopped.');
  reportFault({
    fault: 'SIGTERM with 3 answers in flight',
    happened: `in-flight: ${results.map((r) => (r.result?.ok ? 'ok' : `${r.status} ${r.result?.code}`)).join(', ')}; new request ${refusedAfter.toFixed(1)} s after the signal: ${late}; exit ${exitCode}; order: app, then PostgreSQL`,
    recoverySeconds: stoppedSeconds,
    lost: `${results.filter((r) => !r.result?.ok).length} of 3 in-flight answers`,
    detail: 'recovery = time from SIGTERM to exit',
  });

  expect(results.map((r) => r.result?.ok)).toEqual([true, true, true]);
  expect(late).toMatch(/^refused/);
  expect(exitCode).toBe(0);
  expect(log).toContain('background jobs stop taking work');
  expect(appStopped).toBeGreaterThan(-1);
  expect(databaseStopped).toBeGreaterThan(appStopped);
  expect(postmasterAlive(app.dataDir)).toBe(false);

  // The answers are on disk: the data directory opens again with them in it.
  const reopened = await startEmbeddedDatabase(app.dataDir);
  const check = createDb(reopened.url, 1);
  try {
    expect(await check.attemptItem.count({ where: { attemptId: exam.attemptId, answeredAt: { not: null } } })).toBe(3);
  } finally {
    await check.$disconnect();
    await reopened.stop();
  }
}, 240_000);
