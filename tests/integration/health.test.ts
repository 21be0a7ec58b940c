import { describe, expect, it } from 'vitest';
import { createDb } from '../../lib/db/client';
import { freePort } from '../../lib/db/embedded-server';
import { checkHealth } from '../../lib/health/check-health';
import { createEmptyDatabase, createTestDatabase } from '../helpers/test-database';

describe('health check', () => {
  it('is ok when the database answers and every migration is applied', async () => {
    const { db } = await createTestDatabase();
    expect(await checkHealth(db)).toEqual({ ok: true, body: { db: 'ok', migrations: 'current' } });
  });

  it('reports pending migrations when the database is behind', async () => {
    const db = createDb(await createEmptyDatabase(), 1);
    const health = await checkHealth(db);
    await db.$disconnect();
    expect(health.ok).toBe(false);
    expect(health.body).toMatchObject({ db: 'ok', migrations: 'pending', reason: expect.stringContaining('npm run db:migrate') });
  });

  it('reports the database as unreachable when nothing listens', async () => {
    const db = createDb(`postgresql://nobody:secret@127.0.0.1:${await freePort()}/none`, 1);
    const health = await checkHealth(db);
    await db.$disconnect();
    expect(health).toMatchObject({ ok: false, body: { db: 'unreachable', reason: expect.stringMatching(/database unreachable/) } });
    expect(JSON.stringify(health)).not.toContain('secret');
  });
});

describe('GET /api/health', () => {
  it('answers 503 with the reason when the database is down', async () => {
    process.env.DATABASE_URL = `postgresql://nobody:secret@127.0.0.1:${await freePort()}/none`;
    const { GET } = await import('../../app/api/health/route');
    const response = await GET(new Request('http://localhost/api/health'));
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ db: 'unreachable' });
  });
});
