import { monitorEventLoopDelay } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { GET as readPage, POST as upload } from '../../app/api/author/question-uploads/route';
import { syncContent } from '../../lib/content/sync';
import { parseOffThread } from '../../lib/questions/parse-pool';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const lessonId = 'lesson-003-virtual-switching';
const base = 'http://netprep.test/api/author/question-uploads';

const post = (body: BodyInit, query: Record<string, string> = {}) =>
  new Request(`${base}?${new URLSearchParams({ lessonId, format: 'gift', fileName: 'bank.gift', ...query })}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'text/plain' },
  });
const get = (id: string, page: number) => new Request(`${base}?${new URLSearchParams({ id, page: String(page) })}`);

/** `count` distinct, valid GIFT questions, one block each. */
function giftBank(count: number, prefix: string): string {
  return Array.from(
    { length: count },
    (_, i) => `::${prefix}-${i}::Which VLAN carries item ${i} of the bank? {=VLAN ${i + 2} ~VLAN ${i + 3} ~VLAN ${i + 4} ####Item ${i} is on VLAN ${i + 2}.}`,
  ).join('\n\n');
}

describe('question bank uploads through the route handler', async () => {
  const { db, url } = await createTestDatabase();
  process.env.DATABASE_URL = url;
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db);
  const uploadsOf = (authorId: string) => db.questionUpload.count({ where: { authorId } });

  it('accepts 20,000 GIFT questions off the request thread and answers with a small first page, then any page on demand', async () => {
    const bank = giftBank(20_000, 'bulk');
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const started = performance.now();
    const response = await upload.definition.run(people.instructor, post(bank));
    const elapsed = performance.now() - started;
    delay.disable();
    const text = await response.text();
    console.log(
      `20,000 questions (${(bank.length / 1e6).toFixed(1)} MB): ${Math.round(elapsed)} ms, reply ${text.length} bytes, longest event-loop stall ${Math.round(delay.max / 1e6)} ms`,
    );
    expect(response.status, text.slice(0, 500)).toBe(200);
    expect(text.length).toBeLessThan(200_000);
    const { data } = JSON.parse(text);
    expect(data).toMatchObject({ questionCount: 20_000, errorCount: 0, problemCount: 0, importable: true, page: { number: 1, pages: 800 } });
    expect(data.page.questions.map((q: { id: string }) => q.id)).toEqual(Array.from({ length: 25 }, (_, i) => `bulk-${i}`));
    expect(data.page.questions[3]).toMatchObject({ line: 7, type: 'single' });

    const last = await readPage.definition.run(people.instructor, get(data.uploadId, 800));
    const lastPage = (await last.json()).data;
    expect(lastPage.questions.map((q: { id: string; line: number }) => [q.id, q.line]).at(-1)).toEqual(['bulk-19999', 39_999]);
    expect(lastPage.questions[0].preview.presented.stemHtml).toContain('Which VLAN carries item 19975 of the bank?');
    expect((await readPage.definition.run(people.instructor, get(data.uploadId, 801))).status).toBe(404);
    // Another instructor cannot read it; a learner is refused before anything is looked up.
    expect((await readPage.definition.run(people.otherInstructor, get(data.uploadId, 1))).status).toBe(404);
    expect((await readPage.definition.run(people.learner, get(data.uploadId, 1))).status).toBe(403);
    expect(await db.questionUploadItem.count({ where: { uploadId: data.uploadId } })).toBe(20_000);
  }, 300_000);

  it('refuses a file over 10 MB with 413 and a message, and stores nothing', async () => {
    const before = await uploadsOf(people.otherInstructor.id);
    const response = await upload.definition.run(people.otherInstructor, post(new Uint8Array(10_000_001).fill(0x61)));
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('10 MB') });
    // A chunked body declares no length: still cut off at the limit.
    const stream = new ReadableStream({
      pull: (controller) => controller.enqueue(new Uint8Array(1_000_000).fill(0x61)),
    });
    const chunked = new Request(post('').url, { method: 'POST', body: stream, duplex: 'half' } as RequestInit);
    expect((await upload.definition.run(people.otherInstructor, chunked)).status).toBe(413);
    expect(await uploadsOf(people.otherInstructor.id)).toBe(before);
  });

  it('lists the problems of a malformed file by line, and imports nothing from it', async () => {
    const bank = [
      giftBank(2, 'fine'),
      '::broken-1::Missing its brace {=yes ~no',
      '::fine-dup::Who? {=A ~B ####A.}\n\n::fine-dup::Who again? {=A ~B ####A.}',
      'Plain words with no answer at all',
    ].join('\n\n');
    const response = await upload.definition.run(people.admin, post(bank));
    const { data } = await response.json();
    expect(response.status).toBe(200);
    expect(data.importable).toBe(false);
    expect(data.problems.filter((p: { severity: string }) => p.severity === 'error').map((p: { line: number }) => p.line)).toEqual([5, 9]);
    expect(data.problems.find((p: { line: number }) => p.line === 5).message).toMatch(/GIFT syntax error/);
    expect(data.skipped).toEqual([expect.objectContaining({ line: 11 })]);
    expect(await db.question.count({ where: { id: { startsWith: 'fine-' } } })).toBe(0);
  });

  it('lists per question what an import could not keep, and still offers the question', async () => {
    const bank = `${giftBank(1, 'kept')}\n\n::lossy::Which protocol maps IPv4 to MAC addresses? {=ARP =%50%RARP ####ARP resolves addresses.}`;
    const response = await upload.definition.run(people.admin, post(bank));
    const { data } = await response.json();
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ importable: true, questionCount: 2, lossCount: 1 });
    expect(data.losses).toEqual([{ line: 3, title: 'lossy', feature: 'partial-credit answers', reason: 'a typed answer is either accepted or wrong' }]);
  });

  it('refuses learners and visitors before reading the file, and an empty or ill-named upload with 422', async () => {
    expect((await upload.definition.run(people.learner, post(giftBank(1, 'x')))).status).toBe(403);
    expect((await upload.definition.run(null, post(giftBank(1, 'x')))).status).toBe(401);
    expect(await uploadsOf(people.learner.id)).toBe(0);
    expect((await upload.definition.run(people.instructor, post('  \n'))).status).toBe(422);
    expect((await upload.definition.run(people.instructor, post('x', { format: 'qti' }))).status).toBe(422);
    expect((await upload.definition.run(people.instructor, post('x', { lessonId: 'no-such-lesson' }))).status).toBe(404);
  });

  it('stops a parse that runs past its time limit with a clear message', async () => {
    await expect(parseOffThread(giftBank(20_000, 'slow'), 'gift', 'slow.gift', { timeLimitMs: 50 })).rejects.toMatchObject({
      code: 'PARSE_TIMEOUT',
      message: expect.stringMatching(/took longer than 0.05 s/),
    });
  }, 60_000);
});
