import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { createDb } from '../../lib/db/client';
import { startPoolCache } from '../../lib/quiz/pool-cache';
import { coursePool } from '../../lib/quiz/question-pool';
import { createTestDatabase } from '../helpers/test-database';

const courseId = 'mini-100';

/** Waits for something that happens asynchronously (a notification, a reconnect); fails only after a generous wait. */
async function until(condition: () => Promise<boolean> | boolean, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`gave up waiting: ${what}`);
}

describe('exam pool cache', async () => {
  const { db, url } = await createTestDatabase();
  await syncContent(db, path.resolve('tests/fixtures/coverage'));
  // A second client on the same database: another app instance, or a sync from the command line.
  const elsewhere = createDb(url, 2);
  const logged: string[] = [];
  const cache = startPoolCache(db, url, (message) => logged.push(message));
  afterAll(async () => {
    await cache.close();
    await elsewhere.$disconnect();
  });
  await until(() => cache.listening(), 'the cache listens');

  it('serves a course’s pool from memory until the content changes anywhere, then reads it afresh', async () => {
    const first = await coursePool(db, courseId);
    expect(first.length).toBeGreaterThan(0);
    expect(await coursePool(db, courseId)).toBe(first);

    const archived = first[0].id;
    await elsewhere.question.update({ where: { id: archived }, data: { archivedAt: new Date('2026-12-02T12:00:00Z') } });
    await until(async () => (await coursePool(db, courseId)) !== first, 'the change is heard');
    const after = await coursePool(db, courseId);
    expect(after.map((q) => q.id)).toEqual(first.map((q) => q.id).filter((id) => id !== archived));
    expect(await coursePool(db, courseId)).toBe(after);

    // A change to the blueprint side (an objective moved to another domain) counts as well.
    await elsewhere.objective.updateMany({ where: { courseId }, data: { title: 'renamed' } });
    await until(async () => (await coursePool(db, courseId)) !== after, 'the objective change is heard');
  });

  it('reads the database on every start while it is not listening (a lost connection), and caches again once it listens', async () => {
    const kept = await coursePool(db, courseId);
    await elsewhere.$executeRaw`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'netprep pool cache' AND datname = current_database()`;
    await until(() => !cache.listening(), 'the connection is lost');
    const a = await coursePool(db, courseId);
    const b = await coursePool(db, courseId);
    expect(a).not.toBe(kept);
    expect(b).not.toBe(a);
    expect(b).toEqual(a);

    await until(() => cache.listening(), 'the cache listens again');
    const c = await coursePool(db, courseId);
    expect(await coursePool(db, courseId)).toBe(c);
  });

  it('leaves clients without a cache (scripts, other tests) reading the database each time', async () => {
    expect(await coursePool(elsewhere, courseId)).not.toBe(await coursePool(elsewhere, courseId));
    expect(logged).toEqual([]);
  });
});
