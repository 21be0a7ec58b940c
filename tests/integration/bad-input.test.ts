import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { AppError, type AppErrorCode } from '../../lib/errors';
import { describeError } from '../../lib/http/error-status';
import type { RouteDefinition } from '../../lib/http/route';
import { GET as health } from '../../app/api/health/route';
import { attemptOf, fixtureRequest, serverActions, viewerOf } from '../helpers/action-fixture';
import { repoRoot } from '../helpers/app-files';
import { actionMatrix, pageAndRouteMatrix, personas } from '../helpers/authorization-matrix';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/**
 * Bad input of every kind to every server action and route handler in the authorization matrix,
 * so a new one is covered without touching this file: each must answer 4xx with a message, never
 * a server fault or a stack trace, and the app must stay healthy.
 */

type Leaf = { path: (string | number)[]; value: unknown };

function leaves(value: unknown, at: (string | number)[] = []): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => leaves(item, [...at, key]));
  return [{ path: at, value }];
}

function replaced(input: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at;
  const copy = (Array.isArray(input) ? [...input] : { ...(input as object) }) as Record<string | number, unknown>;
  copy[head] = replaced(copy[head], rest, value);
  return copy;
}

const tenMegabytes = 'x'.repeat(10_000_000);
const longString = 'y'.repeat(100_000);
const unknownIds = ['no-such-id', '00000000-0000-4000-8000-000000000000', crypto.randomUUID()];
const wrongTypes = (value: unknown): unknown[] => [typeof value === 'string' ? 12345 : 'a string', true, null, {}, [], [[{}]]];
const malformedRaw: unknown[] = ['{"not": json', undefined, null, 42, 'text', [], [1, 2]];

const statusOf = (code: string) => (code === 'INTERNAL' ? 500 : describeError(new AppError(code as AppErrorCode, '')).status);
const stackTrace = /\n\s+at |node_modules|\.ts:\d+/;

describe('bad input to every action and route handler', async () => {
  const { db, url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const actions = await serverActions();
  let run = 0;

  for (const row of actionMatrix) {
    const persona = personas.find((p) => row.expect[p] === 'allow') ?? 'learner';

    it(`${row.action}: malformed, mistyped, 10 MB, unknown and very long input is a 4xx with a message`, async () => {
      const people = await seedPeople(db, `b${run++}`);
      const viewer = viewerOf(people, persona);
      const input = row.input({ ...people, ...(await attemptOf(db, people)) }, viewer);
      const call = (raw: unknown) => actions.get(row.action)!.definition.run(viewer, raw, { ...fixtureRequest, ip: `10.3.0.${run}` });
      const refused = async (raw: unknown, label: string) => {
        const result = await call(raw);
        expect(result.ok, `${label}: ${JSON.stringify(result).slice(0, 300)}`).toBe(false);
        if (result.ok) return;
        expect(statusOf(result.code), `${label}: ${result.code} ${result.message}`).toBeLessThan(500);
        expect(result.message, label).toMatch(/\w/);
        expect(result.message, label).not.toMatch(stackTrace);
      };
      const notAFault = async (raw: unknown, label: string) => {
        const result = await call(raw);
        if (!result.ok) expect(statusOf(result.code), `${label}: ${result.code} ${result.message}`).toBeLessThan(500);
      };

      for (const raw of malformedRaw) await refused(raw, `raw ${JSON.stringify(raw)}`);
      for (const leaf of leaves(input)) {
        const label = (what: string) => `${what} at ${leaf.path.join('.')} of ${JSON.stringify(input).slice(0, 200)}`;
        for (const wrong of wrongTypes(leaf.value)) await notAFault(replaced(input, leaf.path, wrong), label(`${JSON.stringify(wrong)}`));
        if (typeof leaf.value === 'string') {
          await refused(replaced(input, leaf.path, tenMegabytes), label('10 MB string'));
          await notAFault(replaced(input, leaf.path, longString), label('100 KB string'));
          for (const id of unknownIds) await notAFault(replaced(input, leaf.path, id), label(`unknown id ${id}`));
        }
      }
    }, 120_000);
  }

  const routeRows = pageAndRouteMatrix.filter((row) => row.file.endsWith('/route.ts') && !row.file.includes('[...'));
  for (const row of routeRows) {
    it(`${row.file}: malformed JSON, wrong types, a 10 MB body, unknown ids and very long strings are 4xx with a message`, async () => {
      const people = await seedPeople(db, `r${run++}`);
      const viewer = people.instructor;
      const handlers = (await import(path.join(repoRoot, row.file))) as Record<string, { definition?: RouteDefinition }>;
      const target = new URL(row.path({ ...people, attemptId: 'none', drillRunId: 'none' }), 'http://netprep.test');
      const names = [...row.file.matchAll(/\[(\w+)\]/g)].map((m) => m[1]);
      const fileSegments = row.file
        .replace(/^app/, '')
        .replace(/\/route\.ts$/, '')
        .split('/');
      const params = Object.fromEntries(names.map((name) => [name, decodeURIComponent(target.pathname.split('/')[fileSegments.indexOf(`[${name}]`)])]));

      for (const [method, handler] of Object.entries(handlers)) {
        if (!handler?.definition || !['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].includes(method)) continue;
        const answer = async (
          label: string,
          init: { query?: Record<string, string>; body?: BodyInit; params?: Record<string, string> } = {},
          { fault } = { fault: false },
        ) => {
          const url = new URL(target);
          for (const [key, value] of Object.entries(init.query ?? {})) url.searchParams.set(key, value);
          const request = new Request(url, { method, body: method === 'GET' ? undefined : init.body, headers: { 'content-type': 'application/json' } });
          const response = await handler.definition!.run(viewer, request, { ...params, ...init.params });
          const text = await response.text();
          const where = `${method} ${label}: ${response.status} ${text.slice(0, 300)}`;
          expect(response.status, where).toBeLessThan(500);
          if (!fault) expect(response.status, where).toBeGreaterThanOrEqual(400);
          if (response.status >= 400) {
            expect(JSON.parse(text).message, where).toMatch(/\w/);
            expect(text, where).not.toMatch(stackTrace);
          }
        };
        if (method !== 'GET') {
          await answer('malformed JSON', { body: '{"completed": tru' });
          for (const body of ['[]', '42', '"text"', 'null', JSON.stringify({ completed: 'yes', lastSection: 7, reviewId: [], rating: {} })])
            await answer(`wrong types ${body}`, { body });
          await answer('a 10 MB body', { body: JSON.stringify({ text: tenMegabytes }) });
        }
        for (const key of [...target.searchParams.keys(), 'cohortId', 'page', 'id']) {
          await answer(`a very long ${key}`, { query: { [key]: longString } }, { fault: true });
          await answer(`a mistyped ${key}`, { query: { [key]: '[object Object]' } }, { fault: true });
        }
        for (const name of names) {
          for (const id of unknownIds) await answer(`unknown ${name} ${id}`, { params: { [name]: id }, body: '{}' }, { fault: true });
          await answer(`a very long ${name}`, { params: { [name]: longString }, body: '{}' });
        }
      }
    }, 120_000);
  }

  it('the app is still healthy afterwards', async () => {
    const response = await health.definition.run(null, new Request('http://netprep.test/api/health'));
    expect(response.status).toBe(200);
  });
});
