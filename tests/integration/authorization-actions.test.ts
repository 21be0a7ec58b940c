import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../../lib/auth/roles';
import type { ActionDefinition } from '../../lib/http/action';
import { syncContent } from '../../lib/content/sync';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import type { Question } from '../../lib/questions/schema';
import { addLessonToDeck } from '../../lib/srs/deck';
import { reviewPresentation } from '../../lib/srs/review-presentation';
import { copyOfContent } from '../helpers/content-tree';
import { actionMatrix, personas, type AttemptFixture, type Persona } from '../helpers/authorization-matrix';
import { appFiles, repoRoot } from '../helpers/app-files';
import { seedPeople, type People } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

type WrappedAction = { definition: ActionDefinition<unknown> };

async function serverActions(): Promise<Map<string, WrappedAction>> {
  const found = new Map<string, WrappedAction>();
  for (const file of await appFiles(['actions.ts'])) {
    const imported = (await import(path.join(repoRoot, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(imported)) found.set(`${file}#${name}`, value as WrappedAction);
  }
  return found;
}

const refusals = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'];

describe('authorization matrix: server actions', async () => {
  const { db, url } = await createTestDatabase();
  // The actions use the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const actions = await serverActions();

  async function attemptOf(people: People): Promise<AttemptFixture> {
    const { id } = await startLessonQuiz(db, people.learner.id, 'lesson-001-virtualization-fundamentals', now);
    const first = (await loadAttempt(db, people.learner.id, id, now)).items[0];
    await addLessonToDeck(db, people.learner.id, 'lesson-002-hypervisors', now);
    const card = await db.card.findFirstOrThrow({ where: { userId: people.learner.id }, include: { question: { select: { currentVersion: { select: { body: true } } } } } });
    const question = card.question.currentVersion!.body as Question;
    return {
      attemptId: id,
      firstAnswer: responseToTokens(first.presentation, correctResponse(first.question)),
      cardId: card.id,
      cardReps: card.reps,
      cardAnswer: responseToTokens(reviewPresentation(card.showSalt, question), correctResponse(question)),
    };
  }

  it('every exported server action is built with the wrapper and has a row in the matrix, and every row exists', () => {
    for (const [name, value] of actions) expect(value.definition?.run, `${name} is not built with action()`).toBeTypeOf('function');
    expect([...actions.keys()].sort()).toEqual(actionMatrix.map((row) => row.action).sort());
  });

  let run = 0;
  for (const row of actionMatrix) {
    for (const persona of personas) {
      it(`${row.action} as ${persona}: ${row.expect[persona]}`, async () => {
        // Fresh people for every cell: actions delete accounts and cohorts.
        const people = await seedPeople(db, `m${run++}`);
        const viewer = viewerOf(people, persona);
        const fixture = { ...people, ...(await attemptOf(people)) };
        const result = await actions.get(row.action)!.definition.run(viewer, row.input(fixture, viewer), { ip: `10.1.0.${run}`, now });
        if (row.expect[persona] === 'allow') expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        else expect(result.ok === false && refusals.includes(result.code), JSON.stringify(result)).toBe(true);
      });
    }
  }
});

function viewerOf(people: People, persona: Persona): Viewer | null {
  return persona === 'anonymous' ? null : people[persona];
}
