import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../lib/drill/answer-problem';
import { drillSpeed } from '../../lib/drill/drill-speed';
import { nextProblem } from '../../lib/drill/next-problem';
import type { RunGenerator } from '../../lib/drill/run-generators';
import { drillSummary } from '../../lib/drill/run-summary';
import { startDrill } from '../../lib/drill/start-run';
import { drillAnswerOf, wrongAnswer } from '../helpers/drill-answers';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const day1 = new Date('2026-11-24T09:00:00Z');
const day2 = new Date('2026-11-25T09:00:00Z');
const now = new Date('2026-11-25T15:00:00Z');
const plus = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);

const hosts: RunGenerator = { generator: 'ipv4-subnet-facts', params: { ask: ['usable-hosts'] } };
const prefixes: RunGenerator = { generator: 'ipv4-subnet-design', params: { ask: ['prefix-for-subnets'] } };

describe('drill speed', async () => {
  const { db } = await createTestDatabase();
  const { learner, otherLearner } = await seedPeople(db);

  /** A run from `startedAt` whose problems take the given seconds and are answered right or wrong; one more is shown and left. */
  async function drill(userId: string, startedAt: Date, generators: RunGenerator[], answers: Array<[seconds: number, right: boolean]>) {
    const { runId } = await startDrill(db, userId, { generators, preset: null }, startedAt);
    let clock = 0;
    for (const [position, [seconds, right]] of answers.entries()) {
      await nextProblem(db, userId, runId, plus(startedAt, clock));
      const answer = await drillAnswerOf(db, runId, position);
      await answerProblem(db, userId, { runId, position, text: right ? answer : wrongAnswer(answer) }, plus(startedAt, clock + seconds));
      clock += seconds + 1;
    }
    await nextProblem(db, userId, runId, plus(startedAt, clock));
    return runId;
  }

  it('is empty for a learner who never drilled', async () => {
    expect(await drillSpeed(db, { userId: learner.id, now })).toEqual({ runs: [], generators: [] });
  });

  it('gives accuracy and median seconds per generator for each run, oldest first', async () => {
    // Items alternate: facts 4 s right, design 3 s right, facts 10 s wrong, design 5 s right, facts 6 s right.
    const first = await drill(
      learner.id,
      day1,
      [hosts, prefixes],
      [
        [4, true],
        [3, true],
        [10, false],
        [5, true],
        [6, true],
      ],
    );
    const second = await drill(
      learner.id,
      day2,
      [hosts],
      [
        [2, true],
        [8, true],
        [4, true],
        [12, false],
      ],
    );
    // Not counted: another learner's run, a run with nothing answered, a run started after `now`.
    await drill(otherLearner.id, day2, [hosts], [[1, true]]);
    await startDrill(db, learner.id, { generators: [hosts], preset: null }, day2);
    await drill(learner.id, plus(now, 60), [hosts], [[1, true]]);

    const speed = await drillSpeed(db, { userId: learner.id, now });
    expect(speed.generators).toEqual([
      { generator: 'ipv4-subnet-design', label: 'Subnet design' },
      { generator: 'ipv4-subnet-facts', label: 'Subnet facts' },
    ]);
    expect(speed.runs).toEqual([
      {
        runId: first,
        startedAt: day1.toISOString(),
        byGenerator: [
          // Design: 3 s and 5 s, both right. Facts: 4, 10 and 6 s → median 6; 2 of 3 right.
          { generator: 'ipv4-subnet-design', label: 'Subnet design', answered: 2, correct: 2, accuracy: 1, medianSeconds: 4 },
          { generator: 'ipv4-subnet-facts', label: 'Subnet facts', answered: 3, correct: 2, accuracy: 2 / 3, medianSeconds: 6 },
        ],
      },
      {
        runId: second,
        startedAt: day2.toISOString(),
        // 2, 4, 8, 12 s → median (4 + 8) / 2 = 6; 3 of 4 right.
        byGenerator: [{ generator: 'ipv4-subnet-facts', label: 'Subnet facts', answered: 4, correct: 3, accuracy: 0.75, medianSeconds: 6 }],
      },
    ]);

    // The run's own summary: 4 of 5 right, median of 3, 4, 5, 6, 10 s = 5 s, the one miss listed.
    const summary = await drillSummary(db, learner.id, first);
    expect(summary).toMatchObject({ answered: 5, correct: 4, accuracy: 0.8, medianSeconds: 5 });
    expect(summary.missed.map((m) => m.position)).toEqual([2]);
  });
});
