import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { maxInt } from '../../lib/http/input';
import { GET as itemsCsv } from '../../app/api/instructor/courses/[courseId]/items/route';
import { GET as gradebook } from '../../app/api/instructor/cohorts/[cohortId]/gradebook/route';
import { GET as readProgress, PUT as saveProgress } from '../../app/api/lessons/[lessonId]/progress/route';
import { POST as postReview } from '../../app/api/reviews/route';
import { attemptOf, fixtureRequest, serverActions, viewerOf } from '../helpers/action-fixture';
import { actionMatrix, personas } from '../helpers/authorization-matrix';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

type Leaf = { path: (string | number)[]; value: unknown };

function leaves(value: unknown, path: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [{ path, value }];
}

function replaced(input: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, value);
  return copy;
}

const invalid = { ok: false, code: 'INVALID_INPUT' };

describe('hostile input through the action and route wrappers', async () => {
  const { db, url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const actions = await serverActions();

  let run = 0;
  for (const row of actionMatrix) {
    // A row nobody may use (restoring a card that is not suspended) is still parsed for its owner.
    const persona = personas.find((p) => row.expect[p] === 'allow') ?? 'learner';

    it(`${row.action}: a NUL byte in any string, or an integer past the database's, is a 4xx answer, not a server fault`, async () => {
      const people = await seedPeople(db, `h${run++}`);
      const viewer = viewerOf(people, persona);
      const input = row.input({ ...people, ...(await attemptOf(db, people)) }, viewer);
      const call = (raw: unknown) => actions.get(row.action)!.definition.run(viewer, raw, { ...fixtureRequest, ip: `10.2.0.${run}` });
      for (const leaf of leaves(input)) {
        const label = `${leaf.path.join('.')} of ${JSON.stringify(input)}`;
        if (typeof leaf.value === 'string') {
          for (const nul of [`${leaf.value}\u0000`, '\u0000', `a\u0000b${leaf.value}`]) {
            expect(await call(replaced(input, leaf.path, nul)), label).toMatchObject(invalid);
          }
        }
        if (typeof leaf.value === 'number') {
          for (const huge of [maxInt + 1, -maxInt - 2, 2 ** 53, 1e300]) {
            expect(await call(replaced(input, leaf.path, huge)), label).toMatchObject(invalid);
          }
        }
      }
    });
  }

  it('a question draft with a NUL deep inside its entry is refused as input', async () => {
    const people = await seedPeople(db, 'draft');
    const save = actions.get('app/author/questions/actions.ts#saveQuestionDraftAction')!;
    const base = { lessonId: 'lesson-003-virtual-switching', questionId: null, draftId: null, baseUpdatedAt: null };
    for (const entry of [
      { type: 'single', stem: '\u0000' },
      { type: 'single', choices: [{ text: 'ok' }, { text: 'a\u0000b' }] },
      { type: 'single', 'st\u0000em': 'x' },
    ]) {
      expect(await save.definition.run(people.instructor, { ...base, entry }, fixtureRequest), JSON.stringify(entry)).toMatchObject(invalid);
    }
    expect(
      await save.definition.run(people.instructor, { ...base, entry: { type: 'single', stem: 'A literal \\u0000 is fine' } }, fixtureRequest),
    ).toMatchObject({ ok: true });
  });

  it('route handlers answer a NUL in a path segment with 404 and in the input with 422', async () => {
    const people = await seedPeople(db, 'routes');
    const request = (path: string, init?: RequestInit) => new Request(`http://netprep.test${path}`, init);
    for (const lessonId of ['\u0000', 'a\u0000b']) {
      const path = `/api/lessons/${encodeURIComponent(lessonId)}/progress`;
      expect((await readProgress.definition.run(people.learner, request(path), { lessonId })).status).toBe(404);
      const put = request(path, { method: 'PUT', body: JSON.stringify({ completed: true }) });
      expect((await saveProgress.definition.run(people.learner, put, { lessonId })).status).toBe(404);
    }
    const putSection = request('/api/lessons/lesson-001-virtualization-fundamentals/progress', {
      method: 'PUT',
      body: JSON.stringify({ lastSection: 'a\u0000b' }),
    });
    expect((await saveProgress.definition.run(people.learner, putSection, { lessonId: 'lesson-001-virtualization-fundamentals' })).status).toBe(422);
    const review = { reviewId: crypto.randomUUID(), cardId: 'a\u0000b', reps: 0, response: { type: 'truefalse', value: true }, rating: 3 };
    expect((await postReview.definition.run(people.learner, request('/api/reviews', { method: 'POST', body: JSON.stringify(review) }))).status).toBe(422);
    expect(
      (
        await postReview.definition.run(
          people.learner,
          request('/api/reviews', { method: 'POST', body: JSON.stringify({ ...review, cardId: 'c', reps: maxInt + 1 }) }),
        )
      ).status,
    ).toBe(422);
    const items = await itemsCsv.definition.run(people.instructor, request(`/api/instructor/courses/${people.courseId}/items?cohortId=%00`), {
      courseId: people.courseId,
    });
    expect(items.status).toBe(422);
    expect((await itemsCsv.definition.run(people.instructor, request('/api/instructor/courses/x/items'), { courseId: 'a\u0000' })).status).toBe(404);
    expect((await gradebook.definition.run(people.instructor, request('/api/instructor/cohorts/x/gradebook'), { cohortId: '\u0000' })).status).toBe(404);
  });
});
