import { describe, expect, it } from 'vitest';
import { POST as upload } from '../../app/api/author/images/route';
import { GET as serve } from '../../app/media/[name]/route';
import { listAudit } from '../../lib/authoring/audit';
import { stamp } from '../../lib/authoring/edit-base';
import { checkLessonSource } from '../../lib/authoring/check-lesson-source';
import { publishLesson } from '../../lib/authoring/publish-lesson';
import { checkContent, syncContent } from '../../lib/content/sync';
import { formatProblem } from '../../lib/content/problems';
import { getLessonPage } from '../../lib/lessons/queries';
import { parseMediaUrl } from '../../lib/media/media-url';
import { copyOfContent, chapterDir } from '../helpers/content-tree';
import { pngImage, simpleSvg } from '../helpers/images';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const post = (body: Uint8Array | string) =>
  new Request('http://netprep.test/api/author/images', {
    method: 'POST',
    body: typeof body === 'string' ? body : new Uint8Array(body),
    headers: { 'content-type': 'application/octet-stream' },
  });
const get = (url: string, headers: Record<string, string> = {}) => new Request(`http://netprep.test${url}`, { headers });
const fetchImage = (url: string, headers?: Record<string, string>) => serve.definition.run(null, get(url, headers), { name: url.slice('/media/'.length) });

describe('images', async () => {
  const { db, url } = await createTestDatabase();
  // The route handlers reach the database through db(), which reads this.
  process.env.DATABASE_URL = url;
  const content = await copyOfContent();
  const lessonPath = `${chapterDir}/lesson-001-virtualization-fundamentals.md`;
  await content.write(`${chapterDir}/images/hosts.svg`, simpleSvg);
  await content.edit(lessonPath, (text) => text.replace(/\n## /, '\n![Two hosts joined by a trunk](images/hosts.svg)\n\n## '));
  await syncContent(db, content.dir);
  const people = await seedPeople(db, 'img');

  it('stores an instructor’s upload once by its hash, audits the first, and serves it with immutable caching and an ETag', async () => {
    const png = pngImage(48, 24);
    const first = await upload.definition.run(people.instructor, post(png));
    expect(first.status).toBe(200);
    const { data } = await first.json();
    expect(data).toMatchObject({ width: 48, height: 24, type: 'image/png', created: true });
    expect(data.url).toMatch(/^\/media\/[0-9a-f]{64}-48x24\.png$/);

    const again = await (await upload.definition.run(people.admin, post(png))).json();
    expect(again.data).toMatchObject({ url: data.url, created: false });
    expect(await db.mediaImage.count({ where: { hash: parseMediaUrl(data.url)!.hash } })).toBe(1);
    const audit = await listAudit(db, { entityType: 'image' });
    expect(audit.entries.map((e) => [e.action, e.actorId, e.summary])).toEqual([['image.upload', people.instructor.id, 'Uploaded a 48×24 PNG image']]);

    const served = await fetchImage(data.url);
    expect(served.status).toBe(200);
    expect(Buffer.from(await served.arrayBuffer()).equals(png)).toBe(true);
    expect(Object.fromEntries(served.headers)).toMatchObject({
      'content-type': 'image/png',
      'cache-control': 'public, max-age=31536000, immutable',
      etag: `"${parseMediaUrl(data.url)!.hash}"`,
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    });
    const revalidated = await fetchImage(data.url, { 'if-none-match': served.headers.get('etag')! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
  });

  it('stores a hostile SVG only as sanitized, and serves that', async () => {
    const hostile = simpleSvg.replace('<rect', '<script>alert(1)</script><rect onclick="alert(2)"');
    const { data } = await (await upload.definition.run(people.instructor, post(hostile))).json();
    const served = await fetchImage(data.url);
    expect(served.headers.get('content-type')).toBe('image/svg+xml');
    const text = await served.text();
    expect(text).not.toContain('alert');
    expect(text).toContain('<text x="120" y="30" text-anchor="middle">trunk</text>');
  });

  it('refuses learners and visitors before reading the body, and refuses what is not an image or too large', async () => {
    const before = await db.mediaImage.count();
    expect((await upload.definition.run(people.learner, post(pngImage(2, 2)))).status).toBe(403);
    expect((await upload.definition.run(null, post(pngImage(2, 2)))).status).toBe(401);
    const notImage = await upload.definition.run(people.instructor, post('<html><script>alert(1)</script></html>'));
    expect(notImage.status).toBe(422);
    expect((await notImage.json()).message).toBe('This is not a PNG, JPEG, WebP or SVG image.');
    const tooLarge = new Request('http://netprep.test/api/author/images', { method: 'POST', body: 'x', headers: { 'content-length': '2000001' } });
    expect((await upload.definition.run(people.instructor, tooLarge)).status).toBe(413);
    expect(await db.mediaImage.count()).toBe(before);
  });

  it('answers 404 for an unknown hash or an address that is not an image’s', async () => {
    expect((await fetchImage(`/media/${'a'.repeat(64)}-1x1.png`)).status).toBe(404);
    expect((await fetchImage('/media/..%2Fetc%2Fpasswd')).status).toBe(404);
  });

  it('syncs a lesson folder’s images into the database and shows them with their size', async () => {
    const lesson = await getLessonPage(db, 'lesson-001-virtualization-fundamentals');
    const src = /<img src="([^"]+)" alt="Two hosts joined by a trunk" width="240" height="120"/.exec(lesson!.html)?.[1];
    expect(src).toMatch(/^\/media\/[0-9a-f]{64}-240x120\.svg$/);
    expect((await fetchImage(src!)).status).toBe(200);
    expect(await db.contentImagePath.findMany({ where: { path: { endsWith: 'images/hosts.svg' } } })).toEqual([
      { path: expect.stringMatching(/images\/hosts\.svg$/), url: src },
    ]);
  });

  it('lets the browser editor publish that file lesson with its images/ reference intact', async () => {
    const stored = await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-001-virtualization-fundamentals' } });
    const checked = await checkLessonSource(db, stored.source, { lessonId: stored.id });
    expect(checked.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const edited = stored.source.replace('![Two hosts joined by a trunk]', '![Two hosts and a trunk between them]');
    await publishLesson(db, {
      actorId: people.instructor.id,
      lessonId: stored.id,
      draftId: null,
      source: edited,
      base: { draftUpdatedAt: null, lessonUpdatedAt: stamp(stored.updatedAt) },
    });
    expect((await getLessonPage(db, stored.id))!.html).toMatch(/<img src="\/media\/[0-9a-f]{64}-240x120\.svg" alt="Two hosts and a trunk between them"/);
  });

  it('refuses an uploaded image address that is not stored', async () => {
    const stored = await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-002-hypervisors' } });
    const missing = `/media/${'b'.repeat(64)}-10x10.png`;
    const checked = await checkLessonSource(db, stored.source.replace(/\n## /, `\n![A picture](${missing})\n\n## `), { lessonId: stored.id });
    expect(checked.problems.map((p) => p.message)).toContain('shows image bbbbbbbbbbbb…, which is not stored: upload it again');
  });

  it('content:check reports a missing alt text and a missing or bad image as path:line: message', async () => {
    await content.edit(lessonPath, (text) =>
      text.replace('![Two hosts joined by a trunk](images/hosts.svg)', '![](images/hosts.svg)\n\n![Gone](images/gone.png)'),
    );
    await content.write(`${chapterDir}/images/notes.png`, 'not really a PNG');
    const lines = (await checkContent(content.dir)).problems.filter((p) => p.severity === 'error').map(formatProblem);
    const file = lines.find((l) => l.includes('lesson-001'))!.split(':')[0];
    const line = Number(lines.find((l) => l.includes('has no alt text'))!.split(':')[1]);
    expect(lines).toEqual([
      expect.stringMatching(/images\/notes\.png:1: This is not a PNG, JPEG, WebP or SVG image\.$/),
      `${file}:${line}: image "images/hosts.svg" has no alt text: say what it shows, as in ![what it shows](images/hosts.svg)`,
      `${file}:${line + 2}: image "images/gone.png" is not stored: put it in the images/ folder next to the lesson, or upload it in the lesson editor`,
    ]);
  });
});
