import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { createTestDatabase } from '../helpers/test-database';

async function contentCopy() {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'netprep-content-'));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  await cp(path.resolve('content/courses'), path.join(dir, 'courses'), { recursive: true });
  return dir;
}

describe('content sync of courses', () => {
  it('loads courses, domains and objectives, then skips unchanged files by hash', async () => {
    const { db } = await createTestDatabase();
    const dir = await contentCopy();

    expect((await syncContent(db, dir)).courses).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(await db.domain.count({ where: { courseId: 'ccna-200-301' } })).toBe(6);
    const objective = await db.objective.findUnique({ where: { courseId_code: { courseId: 'ccna-200-301', code: '1.12' } } });
    expect(objective?.title).toMatch(/virtualization fundamentals/i);
    const sub = await db.objective.findUniqueOrThrow({ where: { courseId_code: { courseId: 'ccna-200-301', code: '1.9.c' } } });
    expect(sub).toMatchObject({ parentId: 'ccna-200-301:1.9', domainId: 'ccna-200-301:1.0', title: 'Multicast', order: 2 });

    expect((await syncContent(db, dir)).courses).toEqual({ created: 0, updated: 0, unchanged: 2 });
  });

  it('applies an edit and removes objectives, with their sub-objectives, deleted from the file', async () => {
    const { db } = await createTestDatabase();
    const dir = await contentCopy();
    await syncContent(db, dir);

    const file = path.join(dir, 'courses/network-plus-n10-009.yaml');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('minutes: 90', 'minutes: 95').replace(/\n {6}- code: "1\.8"\n(?: {8}[^\n]*\n)+/, '\n'));
    expect((await syncContent(db, dir)).courses).toEqual({ created: 0, updated: 1, unchanged: 1 });
    const course = await db.course.findUniqueOrThrow({ where: { id: 'network-plus-n10-009' }, include: { domains: { include: { objectives: true } } } });
    expect(course.minutes).toBe(95);
    const codes = course.domains.flatMap((d) => d.objectives.map((o) => o.code));
    expect(codes).not.toContain('1.8');
    expect(codes).not.toContain('1.8.a');
    expect(codes).toContain('1.7.a');
  });

  it('writes nothing when any file is invalid, and lists every problem', async () => {
    const { db } = await createTestDatabase();
    const dir = await contentCopy();
    await writeFile(path.join(dir, 'courses/zz-bad.yaml'), 'id: bad\nname: 3\n');
    await expect(syncContent(db, dir)).rejects.toMatchObject({ code: 'CONTENT_INVALID', message: expect.stringMatching(/zz-bad\.yaml:1: examCode: /) });
    expect(await db.course.count()).toBe(0);
  });
});
