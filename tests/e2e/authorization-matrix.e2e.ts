import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../lib/db/client';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { appFiles } from '../helpers/app-files';
import { drillRunOf } from '../helpers/action-fixture';
import { pageAndRouteMatrix, personas, type Outcome, type OwnedRuns, type Persona } from '../helpers/authorization-matrix';
import { seedPeople, testPassword, type People } from '../helpers/people';
import { signInOverHttp } from './http-session';

const baseUrl = () => inject('baseUrl');

describe('authorization matrix: pages and route handlers, against the running app', () => {
  let people: People & OwnedRuns;
  const cookies = new Map<Persona, string>();

  beforeAll(async () => {
    const db = createDb(inject('databaseUrl'), 2);
    try {
      const seeded = await seedPeople(db, 'matrix');
      const now = new Date();
      people = {
        ...seeded,
        attemptId: (await startLessonQuiz(db, seeded.learner.id, 'lesson-001-virtualization-fundamentals', now)).id,
        drillRunId: await drillRunOf(db, seeded.learner.id, now),
      };
    } finally {
      await db.$disconnect();
    }
    cookies.set('anonymous', '');
    for (const persona of personas.filter((p) => p !== 'anonymous')) {
      cookies.set(persona, await signInOverHttp(baseUrl(), people[persona as Exclude<Persona, 'anonymous'>].email, testPassword));
    }
  });

  it('has a row for every page and route handler under app/, and no row for anything missing', async () => {
    expect(await appFiles(['page.tsx', 'route.ts'])).toEqual(pageAndRouteMatrix.map((row) => row.file).sort());
  });

  for (const row of pageAndRouteMatrix) {
    it(`${row.file}: ${personas.map((p) => `${p}=${row.expect[p]}`).join(', ')}`, async () => {
      const seen: Record<string, Outcome | number> = {};
      for (const persona of personas) {
        const response = await fetch(`${baseUrl()}${row.path(people)}`, {
          method: row.method ?? 'GET',
          redirect: 'manual',
          headers: { cookie: cookies.get(persona)!, 'content-type': 'application/json' },
          body: row.body === undefined ? undefined : JSON.stringify(row.body),
        });
        await response.arrayBuffer();
        seen[persona] = outcomeOf(response);
      }
      expect(seen).toEqual(row.expect);
    });
  }

  it("the data export returns only the caller's own data", async () => {
    const response = await fetch(`${baseUrl()}/api/account/export`, { headers: { cookie: cookies.get('learner')! } });
    const text = await response.text();
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="netprep-my-data-\d{4}-\d{2}-\d{2}\.json"/);
    expect(JSON.parse(text).account.email).toBe(people.learner.email);
    expect(text).not.toContain(people.otherLearner.email);
    expect(text).not.toMatch(/argon2/);
  });
});

function outcomeOf(response: Response): Outcome | number {
  if (response.status >= 300 && response.status < 400) return (response.headers.get('location') ?? '').includes('/signin') ? 'signin' : response.status;
  if (response.status === 200) return 'allow';
  return response.status;
}
