import { describe, expect, it } from 'vitest';
import { answerDrillAction, finishDrillAction, nextDrillProblemAction, startDrillAction } from '../../app/drill/actions';
import { answerProblem } from '../../lib/drill/answer-problem';
import { finishDrill } from '../../lib/drill/finish-run';
import { loadDrillRun } from '../../lib/drill/load-run';
import { nextProblem, type NextProblem } from '../../lib/drill/next-problem';
import { choiceFor, drillVariant, type RunGenerator } from '../../lib/drill/run-generators';
import { drillSummary } from '../../lib/drill/run-summary';
import { startDrill } from '../../lib/drill/start-run';
import { isAppError } from '../../lib/errors';
import { fixtureRequest } from '../helpers/action-fixture';
import { drillAnswerOf, wrongAnswer } from '../helpers/drill-answers';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on when the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

const hosts: RunGenerator = { generator: 'ipv4-subnet-facts', params: { ask: ['usable-hosts'] } };
const prefixes: RunGenerator = { generator: 'ipv4-subnet-design', params: { ask: ['prefix-for-subnets'] } };

const problemOf = (next: NextProblem) => {
  if (next.status !== 'problem') throw new Error('expected a problem');
  return next.problem;
};

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('drill runs', async () => {
  const { db, url } = await createTestDatabase();
  // The actions use the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  const { learner, otherLearner } = await seedPeople(db);

  const start = (generators = [hosts, prefixes]) => startDrill(db, learner.id, { generators, preset: null }, now);

  it('runs a sprint: a problem, its answer graded by the generator, the next, then the summary', async () => {
    const { runId } = await start();
    const first = problemOf(await nextProblem(db, learner.id, runId, at(1)));
    expect(first).toMatchObject({ position: 0, generator: 'ipv4-subnet-facts', label: 'Subnet facts' });
    // A reload before answering shows the same problem, not a fresh one.
    expect(problemOf(await nextProblem(db, learner.id, runId, at(2)))).toEqual(first);

    const right = await answerProblem(db, learner.id, { runId, position: 0, text: ` ${await drillAnswerOf(db, runId, 0)} ` }, at(5));
    expect(right).toMatchObject({ status: 'graded', finished: false, feedback: { position: 0, correct: true } });
    const second = problemOf(await nextProblem(db, learner.id, runId, at(6)));
    expect(second).toMatchObject({ position: 1, generator: 'ipv4-subnet-design' });
    const wrong = await answerProblem(db, learner.id, { runId, position: 1, text: wrongAnswer(await drillAnswerOf(db, runId, 1)) }, at(16));
    expect(wrong).toMatchObject({ status: 'graded', feedback: { correct: false, answer: await drillAnswerOf(db, runId, 1) } });
    if (wrong.status !== 'invalid') expect(wrong.feedback.explanationHtml).toContain('<');

    const items = await db.drillItem.findMany({ where: { runId }, orderBy: { position: 'asc' } });
    expect(items.map((i) => ({ shownAt: i.shownAt, answeredAt: i.answeredAt, seconds: i.seconds, correct: i.correct }))).toEqual([
      { shownAt: at(1), answeredAt: at(5), seconds: 4, correct: true },
      { shownAt: at(6), answeredAt: at(16), seconds: 10, correct: false },
    ]);

    await finishDrill(db, learner.id, runId, at(20));
    expect((await db.drillRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).toEqual(at(20));
    expect(await nextProblem(db, learner.id, runId, at(21))).toEqual({ status: 'finished' });
    const summary = await drillSummary(db, learner.id, runId);
    expect(summary).toMatchObject({ answered: 2, correct: 1, accuracy: 0.5, medianSeconds: 7 });
    expect(summary.missed).toHaveLength(1);
    expect(summary.missed[0]).toMatchObject({ position: 1, answer: await drillAnswerOf(db, runId, 1) });
    expect((await loadDrillRun(db, learner.id, runId, at(22))).summary).toEqual(summary);
  });

  it('ends after 20 answered problems', async () => {
    const { runId } = await start([hosts]);
    for (let i = 0; i < 20; i++) {
      const problem = problemOf(await nextProblem(db, learner.id, runId, at(i * 10)));
      const outcome = await answerProblem(db, learner.id, { runId, position: problem.position, text: await drillAnswerOf(db, runId, i) }, at(i * 10 + 3));
      expect(outcome).toMatchObject({ status: 'graded', finished: i === 19 });
    }
    expect(await nextProblem(db, learner.id, runId, at(201))).toEqual({ status: 'finished' });
    expect(await db.drillItem.count({ where: { runId } })).toBe(20);
    expect((await db.drillRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).toEqual(at(193));
  });

  it('ends at five minutes by the server clock: a later answer is refused and no new problem is drawn', async () => {
    const { runId } = await start([hosts]);
    problemOf(await nextProblem(db, learner.id, runId, at(0)));
    await answerProblem(db, learner.id, { runId, position: 0, text: await drillAnswerOf(db, runId, 0) }, at(30));
    const late = problemOf(await nextProblem(db, learner.id, runId, at(299)));
    expect(await refusal(answerProblem(db, learner.id, { runId, position: late.position, text: await drillAnswerOf(db, runId, 1) }, at(300)))).toBe('CONFLICT');
    const item = await db.drillItem.findUniqueOrThrow({ where: { runId_position: { runId, position: 1 } } });
    expect(item).toMatchObject({ answeredAt: null, correct: null, response: null });
    // The run finished at its deadline, not at the refused answer.
    expect((await db.drillRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).toEqual(at(300));
    expect(await nextProblem(db, learner.id, runId, at(301))).toEqual({ status: 'finished' });
    expect(await drillSummary(db, learner.id, runId)).toMatchObject({ answered: 1, correct: 1 });
  });

  it('records a double-clicked or retried answer once, and the first one stands', async () => {
    const { runId } = await start([hosts]);
    problemOf(await nextProblem(db, learner.id, runId, at(0)));
    const answer = await drillAnswerOf(db, runId, 0);
    const outcomes = await Promise.all([
      answerProblem(db, learner.id, { runId, position: 0, text: answer }, at(4)),
      answerProblem(db, learner.id, { runId, position: 0, text: answer }, at(4)),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['already-answered', 'graded']);
    const retry = await answerProblem(db, learner.id, { runId, position: 0, text: wrongAnswer(answer) }, at(9));
    expect(retry).toMatchObject({ status: 'already-answered', feedback: { correct: true, response: answer } });
    const items = await db.drillItem.findMany({ where: { runId } });
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ answeredAt: at(4), seconds: 4, correct: true, response: answer });
    // Two racing "next" requests draw one problem.
    const [a, b] = await Promise.all([nextProblem(db, learner.id, runId, at(10)), nextProblem(db, learner.id, runId, at(10))]);
    expect(a).toEqual(b);
    expect(await db.drillItem.count({ where: { runId } })).toBe(2);
  });

  it('gives malformed input the generator’s message and does not count it wrong', async () => {
    const { runId } = await start([hosts]);
    problemOf(await nextProblem(db, learner.id, runId, at(0)));
    const outcome = await answerProblem(db, learner.id, { runId, position: 0, text: 'lots' }, at(3));
    expect(outcome).toEqual({ status: 'invalid', message: 'not a whole number' });
    expect(await db.drillItem.findUniqueOrThrow({ where: { runId_position: { runId, position: 0 } } })).toMatchObject({ answeredAt: null, correct: null });
    const fixed = await answerProblem(db, learner.id, { runId, position: 0, text: await drillAnswerOf(db, runId, 0) }, at(8));
    expect(fixed).toMatchObject({ status: 'graded', feedback: { correct: true } });
    expect(await drillSummary(db, learner.id, runId)).toMatchObject({ answered: 1, correct: 1, medianSeconds: 8 });
  });

  it('sends the browser no seed, answer or solution before the answer', async () => {
    const { runId } = await start([hosts, prefixes, { generator: 'acl-evaluation', params: {} }, { generator: 'ipv6', params: {} }]);
    for (let i = 0; i < 8; i++) {
      const next = await nextProblem(db, learner.id, runId, at(i * 10));
      const loaded = await loadDrillRun(db, learner.id, runId, at(i * 10 + 1));
      const item = await db.drillItem.findUniqueOrThrow({ where: { runId_position: { runId, position: i } }, include: { run: true } });
      const shown = drillVariant(choiceFor(item.run.generators, item.generator), item.seed);
      for (const sent of [next, loaded]) {
        // The answer hint is fixed catalog text ("A prefix length (/26)…"), the same for every variant, so it can't leak one.
        const json = JSON.stringify(sent, (key, value: unknown) => (key === 'answerHint' ? undefined : value));
        expect(json).not.toContain(String(item.seed));
        expect(json).not.toMatch(/"(seed|answer|explanation|explanationHtml|accept|correct)"/);
        // Where the stem itself does not state the answer, it appears nowhere in what is sent.
        if (!shown.variant.stem.includes(shown.answer) && shown.variant.question.type !== 'single' && shown.variant.question.type !== 'multiple')
          expect(json).not.toContain(shown.answer);
      }
      expect(Object.keys(problemOf(next)).sort()).toEqual(['answerHint', 'generator', 'label', 'list', 'position', 'stemHtml']);
      await answerProblem(db, learner.id, { runId, position: i, text: shown.answer }, at(i * 10 + 5));
    }
  });

  it('keeps a learner’s run from everyone else', async () => {
    const { runId } = await start([hosts]);
    problemOf(await nextProblem(db, learner.id, runId, at(0)));
    const other = otherLearner.id;
    expect(await refusal(nextProblem(db, other, runId, at(1)))).toBe('NOT_FOUND');
    expect(await refusal(answerProblem(db, other, { runId, position: 0, text: '1' }, at(1)))).toBe('NOT_FOUND');
    expect(await refusal(finishDrill(db, other, runId, at(1)))).toBe('NOT_FOUND');
    expect(await refusal(loadDrillRun(db, other, runId, at(1)))).toBe('NOT_FOUND');
    expect(await refusal(drillSummary(db, other, runId))).toBe('NOT_FOUND');
    const request = { ...fixtureRequest, now: at(2) };
    for (const result of [
      await nextDrillProblemAction.definition.run(otherLearner, { runId }, request),
      await answerDrillAction.definition.run(otherLearner, { runId, position: 0, text: '1' }, request),
      await finishDrillAction.definition.run(otherLearner, { runId }, request),
    ]) {
      expect(result).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    }
    expect(await db.drillItem.findUniqueOrThrow({ where: { runId_position: { runId, position: 0 } } })).toMatchObject({ answeredAt: null });
    expect((await db.drillRun.findUniqueOrThrow({ where: { id: runId } })).finishedAt).toBeNull();
  });

  it('starts through the action with checked generators and params', async () => {
    const request = { ...fixtureRequest, now };
    const started = await startDrillAction.definition.run(learner, { generators: [{ generator: 'stp-election' }], preset: 'stp' }, request);
    expect(started).toMatchObject({ ok: true });
    const unknown = await startDrillAction.definition.run(learner, { generators: [{ generator: 'ospf-cost' }], preset: null }, request);
    expect(unknown).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    const badParams = await startDrillAction.definition.run(
      learner,
      { generators: [{ generator: 'ipv4-subnet-facts', params: { prefix: [30, 8] } }], preset: null },
      request,
    );
    expect(badParams).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await startDrillAction.definition.run(null, { generators: [{ generator: 'stp-election' }], preset: null }, request)).toMatchObject({
      ok: false,
      code: 'UNAUTHENTICATED',
    });
    if (started.ok) {
      const run = await db.drillRun.findUniqueOrThrow({ where: { id: started.data.runId } });
      expect(run).toMatchObject({
        userId: learner.id,
        preset: 'stp',
        problemLimit: 20,
        startedAt: now,
        deadline: at(300),
        generators: [{ generator: 'stp-election', params: {} }],
      });
    }
  });
});
