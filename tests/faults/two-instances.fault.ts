import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import { createDb, type Db } from '../../lib/db/client';
import { signInOverHttp } from '../e2e/http-session';
import { launchApp, startLimitMs, type AppInstance } from './app-instance';
import { reportFault, sleep } from './fault-report';
import { password, signedInLearners, startExamOverHttp } from './learners';
import { actionId, callAction } from './server-action';
import { startTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let a: AppInstance;
let b: AppInstance;
let proxy: { url: string; close: () => Promise<void>; served: number[] };
let db: Db;

/** A load balancer in a few lines: each request goes to the next instance in turn. */
function roundRobin(targets: AppInstance[]): Promise<typeof proxy> {
  const served = targets.map(() => 0);
  let turn = 0;
  const server = http.createServer((request, response) => {
    const index = turn++ % targets.length;
    served[index]++;
    const upstream = http.request(
      { host: '127.0.0.1', port: targets[index].port, method: request.method, path: request.url, headers: request.headers },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
      },
    );
    upstream.on('error', () => response.writeHead(502).end());
    request.pipe(upstream);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, served, close: () => new Promise((done) => server.close(() => done())) }),
    ),
  );
}

beforeAll(
  async () => {
    database = await startTestDatabase();
    // One after the other: both would migrate and sync the same database at start-up.
    a = await launchApp({ databaseUrl: database.url });
    b = await launchApp({ databaseUrl: database.url });
    proxy = await roundRobin([a, b]);
    db = createDb(database.url, 2);
  },
  2 * startLimitMs + 60_000,
);

afterAll(async () => {
  await db?.$disconnect();
  await proxy?.close();
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.remove();
});

const signsIn = (base: string, email: string, secret: string) =>
  signInOverHttp(base, email, secret).then(
    () => true,
    () => false,
  );

it('behaves as one app when two instances share the database behind a round-robin proxy', async () => {
  const [ada, bo] = await signedInLearners(db, proxy.url, 'pair', 2);

  // Sessions: a cookie issued through the proxy opens pages on each instance directly.
  const dashboards = await Promise.all(
    [a, b].map((i) => fetch(`${i.baseUrl}/dashboard`, { headers: { cookie: ada.cookie }, redirect: 'manual' }).then((r) => r.status)),
  );

  // Throttling: five wrong passwords spread over both instances lock the account on both.
  const wrong: boolean[] = [];
  for (let n = 0; n < 5; n++) wrong.push(await signsIn([a, b][n % 2].baseUrl, bo.email, 'not the password'));
  const rightAfterLock = await Promise.all([a, b].map((i) => signsIn(i.baseUrl, bo.email, password)));

  // Background job: requested through the proxy, run by exactly one of the two workers.
  const optimize = await callAction(proxy.url, ada.cookie, '/review/settings', actionId('app/review/actions.ts', 'optimizeMyScheduleAction'), {});
  expect(optimize.result?.ok).toBe(true);
  const runId = (optimize.result!.data as { runId: string }).runId;
  const jobStarted = performance.now();
  let run = await db.optimizerRun.findUniqueOrThrow({ where: { id: runId } });
  while (['queued', 'running'].includes(run.status) && performance.now() - jobStarted < 60_000) {
    await sleep(250);
    run = await db.optimizerRun.findUniqueOrThrow({ where: { id: runId } });
  }
  const jobSeconds = (performance.now() - jobStarted) / 1000;
  const jobs = await db.$queryRaw<
    Array<{ state: string; retry_count: number }>
  >`SELECT state::text, retry_count FROM pgboss.job WHERE name = 'srs-optimize' AND data->>'runId' = ${runId}`;

  // An exam submitted twice at once, once through each instance, is graded once.
  const exam = await startExamOverHttp(db, proxy.url, ada, 5);
  const answer = actionId('app/attempts/actions.ts', 'answerAction');
  for (const item of exam.answers.slice(0, 3))
    expect((await callAction(proxy.url, ada.cookie, `/attempts/${exam.attemptId}`, answer, { attemptId: exam.attemptId, ...item })).result?.ok).toBe(true);
  const submit = actionId('app/attempts/actions.ts', 'submitAction');
  const submits = await Promise.all([a, b].map((i) => callAction(i.baseUrl, ada.cookie, `/attempts/${exam.attemptId}`, submit, { attemptId: exam.attemptId })));
  const firsts = submits.filter((s) => s.result?.ok && !(s.result.data as { alreadySubmitted: boolean }).alreadySubmitted).length;
  const quizLogs = await db.reviewLog.count({ where: { userId: ada.id, source: 'quiz' } });
  const attempt = await db.quizAttempt.findUniqueOrThrow({ where: { id: exam.attemptId }, select: { status: true, score: true } });

  // A lesson published through A is what B serves next: no instance keeps a stale copy.
  const lessonId = 'lesson-101-osi-tcpip-models';
  const readOnB = () => fetch(`${b.baseUrl}/lessons/${lessonId}`).then((r) => r.text());
  const marker = `Published through instance A ${crypto.randomUUID()}`;
  expect(await readOnB()).not.toContain(marker);
  const author = { email: `author-${crypto.randomUUID()}@example.com`, password: 'a long enough instructor password' };
  await createAccount(db, { ...author, role: 'INSTRUCTOR', name: 'Pair Author' });
  const authorCookie = await signInOverHttp(a.baseUrl, author.email, author.password);
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, select: { source: true, updatedAt: true } });
  const publish = await callAction(a.baseUrl, authorCookie, `/author/lessons/${lessonId}`, actionId('app/author/lessons/actions.ts', 'publishLessonAction'), {
    lessonId,
    draftId: null,
    source: `${lesson.source.trimEnd()}\n\n${marker}\n`,
    base: { lessonUpdatedAt: lesson.updatedAt.toISOString(), draftUpdatedAt: null },
  });
  expect(publish.result?.ok).toBe(true);
  const publishedAt = performance.now();
  const freshOnB = (await readOnB()).includes(marker);
  const freshSeconds = (performance.now() - publishedAt) / 1000;

  reportFault({
    fault: 'two app instances, one database, round-robin proxy',
    happened: `dashboards ${dashboards.join('/')}; wrong sign-ins accepted ${wrong.filter(Boolean).length}/5, right one after them accepted on ${rightAfterLock.filter(Boolean).length}/2; optimizer job ${jobs.map((j) => `${j.state} (retries ${j.retry_count})`).join(', ')} → run ${run.status} in ${jobSeconds.toFixed(1)} s; double submit: ${firsts} graded, ${quizLogs} answer logs; proxy split ${proxy.served.join('/')}`,
    recoverySeconds: null,
    lost: 'nothing; nothing counted twice',
    detail: `a lesson published on A: ${freshOnB ? `served fresh by B on the next request (${freshSeconds.toFixed(2)} s)` : 'B still served the old page'}`,
  });

  expect(dashboards).toEqual([200, 200]);
  expect(wrong).toEqual([false, false, false, false, false]);
  expect(rightAfterLock).toEqual([false, false]);
  expect(jobs).toHaveLength(1);
  expect(jobs[0]).toMatchObject({ state: 'completed', retry_count: 0 });
  expect(['queued', 'running']).not.toContain(run.status);
  expect(submits.every((s) => s.result?.ok)).toBe(true);
  expect(firsts).toBe(1);
  expect(attempt.status).toBe('SUBMITTED');
  expect(quizLogs).toBeLessThanOrEqual(exam.answers.length);
  expect(proxy.served.every((n) => n > 0)).toBe(true);
  expect(freshOnB).toBe(true);
}, 300_000);
