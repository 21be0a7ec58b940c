import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { POST as upload } from '../../app/api/author/question-uploads/route';
import { confirmUpload } from '../../lib/authoring/questions/upload';
import { syncContent } from '../../lib/content/sync';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const lessonId = 'lesson-003-virtual-switching';
const post = (body: BodyInit, fileName = 'moodle.xml') =>
  new Request(`http://netprep.test/api/author/question-uploads?${new URLSearchParams({ lessonId, format: 'moodle-xml', fileName })}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/xml' },
  });

describe('Moodle XML uploads through the route handler', async () => {
  const { db, url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);

  it('previews a Moodle export, with skipped questions and every lost part shown, and imports it', async () => {
    const response = await upload.definition.run(people.instructor, post(await readFile('tests/fixtures/questions/moodle.xml', 'utf8')));
    const text = await response.text();
    expect(response.status, text.slice(0, 500)).toBe(200);
    const { data } = JSON.parse(text);
    expect(data).toMatchObject({ questionCount: 9, errorCount: 0, skippedCount: 7, importable: true });
    expect(data.page.questions.map((q: { id: string; type: string }) => [q.id, q.type])).toEqual([
      ['osi-layer-of-routers', 'single'],
      ['private-ranges', 'multiple'],
      ['broadcast-in-ipv6', 'truefalse'],
      ['loopback', 'text'],
      ['hosts-in-a-26', 'numeric'],
      ['rtt', 'numeric'],
      ['ports', 'matching'],
      ['boot-order', 'ordering'],
      ['layers-gap', 'matching'],
    ]);
    const losses = (data.losses as Array<{ title?: string; feature: string; reason: string }>).map((l) => `${l.title}: ${l.feature}: ${l.reason}`);
    expect(losses).toContain('Hosts in a /26: embedded image: "subnet.png": embedded image not imported (Netprep has no image store yet)');
    expect(losses).toContain('Loopback: case sensitivity: Moodle compares these answers case-sensitively; Netprep ignores case');
    expect(data.lossCount).toBe(data.losses.length);
    expect(data.skipped.map((s: { title: string }) => s.title)).toEqual([
      'Two groups',
      'Explain subnetting',
      'Intro',
      'Cloze',
      'Calculated',
      'Calculated simple',
      'Calculated multi',
    ]);

    await confirmUpload(db, people.instructor, { uploadId: data.uploadId, as: 'publish' });
    const stored = await db.question.findMany({ where: { id: { in: ['boot-order', 'hosts-in-a-26'] } }, select: { id: true, type: true } });
    expect(stored.sort((a, b) => a.id.localeCompare(b.id))).toEqual([
      { id: 'boot-order', type: 'ordering' },
      { id: 'hosts-in-a-26', type: 'numeric' },
    ]);
  });

  it('refuses malformed XML by line and question, and nothing can be imported from it', async () => {
    const broken = '<?xml version="1.0"?>\n<quiz>\n<question type="truefalse"><name><text>Half</text></name>\n<questiontext><text>x</text>\n</quiz>\n';
    const response = await upload.definition.run(people.otherInstructor, post(broken, 'broken.xml'));
    const { data } = await response.json();
    expect(data).toMatchObject({ questionCount: 0, errorCount: 1, importable: false });
    expect(data.problems).toEqual([expect.objectContaining({ severity: 'error', message: expect.stringMatching(/^malformed XML in question 1 "Half"/) })]);
    await expect(confirmUpload(db, people.otherInstructor, { uploadId: data.uploadId, as: 'publish' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
