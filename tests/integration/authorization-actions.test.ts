import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { attemptOf, fixtureRequest, serverActions, viewerOf } from '../helpers/action-fixture';
import { actionMatrix, personas } from '../helpers/authorization-matrix';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const refusals = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT'];

describe('authorization matrix: server actions', async () => {
  const { db, url } = await createTestDatabase();
  // The actions use the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const actions = await serverActions();

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
        const fixture = { ...people, ...(await attemptOf(db, people)) };
        const result = await actions.get(row.action)!.definition.run(viewer, row.input(fixture, viewer), { ...fixtureRequest, ip: `10.1.0.${run}` });
        if (row.expect[persona] === 'allow') expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
        else expect(result.ok === false && refusals.includes(result.code), JSON.stringify(result)).toBe(true);
      });
    }
  }
});
