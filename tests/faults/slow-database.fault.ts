import pg from 'pg';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { launchChromium } from '../e2e/browser';
import { launchApp, type AppInstance } from './app-instance';
import { leaksInternals, reportFault } from './fault-report';
import { signedInLearners, startExamOverHttp } from './learners';
import { actionId, callAction } from './server-action';
import { startTestDatabase, type TestDatabase } from './test-database';

// What an operator would set on a production role; any statement past it is cancelled (57014).
const statementTimeout = '2s';

let database: TestDatabase;
let app: AppInstance;
let db: Db;
let browser: Browser;

beforeAll(async () => {
  database = await startTestDatabase();
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  await admin.query(`ALTER ROLE CURRENT_USER SET statement_timeout = '${statementTimeout}'`);
  await admin.end();
  app = await launchApp({ databaseUrl: database.url });
  db = createDb(database.url, 2);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
  await app?.stop();
  await database?.remove();
});

it('shows a retryable error when a dashboard query hits statement_timeout, keeps the rest working, and recovers by itself', async () => {
  const base = app.baseUrl;
  const [ada] = await signedInLearners(db, base, 'slow', 1);
  const exam = await startExamOverHttp(db, base, ada, 5);
  const context = await browser.newContext({ baseURL: base });
  await context.addCookies(ada.cookie.split('; ').map((pair) => ({ name: pair.split('=')[0], value: pair.slice(pair.indexOf('=') + 1), url: base })));
  const page = await context.newPage();

  // Another session holds the dashboard's study-history table, as a long migration or a runaway report would.
  const holder = new pg.Client({ connectionString: database.url });
  holder.on('error', () => {});
  await holder.connect();
  await holder.query("SET statement_timeout = '0'");
  await holder.query('BEGIN');
  await holder.query('LOCK TABLE "StudyDay" IN ACCESS EXCLUSIVE MODE');

  const lockedAt = performance.now();
  await page.goto('/dashboard');
  await page.getByText('This page could not be loaded just now').waitFor({ timeout: 30_000 });
  const errorShownAfter = (performance.now() - lockedAt) / 1000;
  const dashboardHtml = await fetch(`${base}/dashboard`, { headers: { cookie: ada.cookie } }).then((r) => r.text());

  // Meanwhile the rest of the app answers at its usual speed.
  const timed = async (label: string, call: () => Promise<boolean>) => {
    const t = performance.now();
    const ok = await call();
    return { label, ok, ms: Math.round(performance.now() - t) };
  };
  const others = [
    await timed('/api/health', () => fetch(`${base}/api/health`).then((r) => r.ok)),
    await timed('home page', () => fetch(`${base}/`, { headers: { cookie: ada.cookie } }).then((r) => r.ok)),
    await timed(`/attempts/${exam.attemptId}`, () => fetch(`${base}/attempts/${exam.attemptId}`, { headers: { cookie: ada.cookie } }).then((r) => r.ok)),
    await timed(
      'answer an exam question',
      async () =>
        (
          await callAction(base, ada.cookie, `/attempts/${exam.attemptId}`, actionId('app/attempts/actions.ts', 'answerAction'), {
            attemptId: exam.attemptId,
            ...exam.answers[0],
          })
        ).result?.ok === true,
    ),
  ];

  await holder.query('COMMIT');
  await holder.end();
  const releasedAt = performance.now();
  // No reload by the learner: the error page retries on its own.
  await page.getByRole('heading', { name: 'Your dashboard' }).waitFor({ timeout: 30_000 });
  const recovery = (performance.now() - releasedAt) / 1000;
  await context.close();

  reportFault({
    fault: `slow database (statement_timeout ${statementTimeout}, dashboard table locked)`,
    happened: `dashboard showed the retryable error after ${errorShownAfter.toFixed(1)} s; meanwhile ${others.map((o) => `${o.label} ${o.ok ? 'ok' : 'FAILED'} in ${o.ms} ms`).join(', ')}`,
    recoverySeconds: recovery,
    lost: 'nothing (reads only)',
    detail: 'recovery = lock released until the dashboard re-rendered by its own retry',
  });

  expect(leaksInternals(dashboardHtml)).toBe(false);
  // None of them waited for the lock: each would have been cut off at the 2 s timeout otherwise.
  expect(others.every((o) => o.ok)).toBe(true);
}, 240_000);
