import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDb, type Db } from '../../lib/db/client';
import { launchApp, type AppInstance } from './app-instance';
import { reportFault, sleep } from './fault-report';
import { signedInLearners, startExamOverHttp, type Learner } from './learners';
import { actionId, callAction } from './server-action';
import { startTestDatabase, type TestDatabase } from './test-database';

let database: TestDatabase;
let app: AppInstance;
let db: Db;

beforeAll(async () => {
  database = await startTestDatabase();
  app = await launchApp({ databaseUrl: database.url });
  db = createDb(database.url, 2);
}, 300_000);

afterAll(async () => {
  await db?.$disconnect();
  await app?.stop();
  await database?.remove();
});

const snapshot = (attemptId: string) =>
  db.quizAttempt.findUniqueOrThrow({
    where: { id: attemptId },
    select: {
      status: true,
      deadline: true,
      expired: true,
      score: true,
      items: { orderBy: { position: 'asc' }, select: { position: true, response: true, answeredAt: true, flagged: true, correct: true } },
    },
  });

it('keeps acknowledged answers, flags and the deadline through a SIGKILL, and submits an exam that ran out meanwhile', async () => {
  const base = app.baseUrl;
  const [ada, bo] = await signedInLearners(db, base, 'crash', 2);
  const answer = actionId('app/attempts/actions.ts', 'answerAction');
  const flag = actionId('app/attempts/actions.ts', 'flagAction');
  const examA = await startExamOverHttp(db, base, ada, 10);
  const examB = await startExamOverHttp(db, base, bo, 5);
  const send = (learner: Learner, attemptId: string, id: string, input: object) =>
    callAction(base, learner.cookie, `/attempts/${attemptId}`, id, { attemptId, ...input });

  for (const a of examA.answers.slice(0, 5)) expect((await send(ada, examA.attemptId, answer, a)).result?.ok).toBe(true);
  for (const position of [1, 7]) expect((await send(ada, examA.attemptId, flag, { position, flagged: true })).result?.ok).toBe(true);
  for (const a of examB.answers.slice(0, 3)) expect((await send(bo, examB.attemptId, answer, a)).result?.ok).toBe(true);
  const acknowledged = new Set(examA.answers.slice(0, 5).map((a) => a.position));

  // The rest of Ada's answers are in flight when the process dies: some may be stored, none acknowledged twice.
  const inFlight = examA.answers.slice(5).map((a, i) =>
    sleep(i * 15)
      .then(() => send(ada, examA.attemptId, answer, a))
      .then(
        (call) => (call.result?.ok ? acknowledged.add(a.position) : null),
        () => null,
      ),
  );
  await sleep(25);
  const before = await snapshot(examA.attemptId);
  const killedAt = performance.now();
  await app.kill();
  await Promise.all(inFlight);

  // Bo's exam runs out while the app is down: its deadline is moved into the past rather than waited for.
  await db.quizAttempt.update({ where: { id: examB.attemptId }, data: { deadline: new Date(Date.now() - 60_000) } });

  app = await launchApp({ databaseUrl: database.url, port: app.port });
  const recovery = (performance.now() - killedAt) / 1000;
  const reopenA = await fetch(`${base}/attempts/${examA.attemptId}`, { headers: { cookie: ada.cookie } });
  const reopenB = await fetch(`${base}/attempts/${examB.attemptId}`, { headers: { cookie: bo.cookie } });
  const afterA = await snapshot(examA.attemptId);
  const afterB = await snapshot(examB.attemptId);

  const stored = afterA.items.filter((i) => i.answeredAt).map((i) => i.position);
  const lostA = [...acknowledged].filter((p) => !stored.includes(p));
  reportFault({
    fault: 'app SIGKILL mid-exam, then npm start again',
    happened: `${acknowledged.size} answers acknowledged (${examA.answers.length - 5} were in flight at the kill), ${stored.length} stored; flags ${afterA.items
      .filter((i) => i.flagged)
      .map((i) => i.position)
      .join(',')}; expired exam ${afterB.status} with ${afterB.items.filter((i) => i.answeredAt).length} answers, score ${afterB.score}`,
    recoverySeconds: recovery,
    lost: `${lostA.length} acknowledged answers; deadline ${afterA.deadline?.getTime() === before.deadline?.getTime() ? 'unchanged' : 'CHANGED'}`,
  });

  expect(reopenA.status).toBe(200);
  expect(reopenB.status).toBe(200);
  expect(lostA).toEqual([]);
  // Nothing appears that was not sent, and what was acknowledged before the kill is as it was.
  expect(stored.every((p) => p < examA.answers.length)).toBe(true);
  for (const item of before.items.filter((i) => i.answeredAt && i.position < 5)) expect(afterA.items[item.position].response).toEqual(item.response);
  expect(afterA.items.filter((i) => i.flagged).map((i) => i.position)).toEqual([1, 7]);
  expect(afterA.deadline).toEqual(before.deadline);
  expect(afterA.status).toBe('IN_PROGRESS');
  expect(afterB).toMatchObject({ status: 'SUBMITTED', expired: true });
  expect(afterB.items.filter((i) => i.answeredAt).map((i) => i.position)).toEqual([0, 1, 2]);
  expect(afterB.items.filter((i) => i.correct).length).toBe(3);
}, 300_000);
