import { describe, expect, it } from 'vitest';
import { previewLessonAction, publishLessonAction } from '../../app/author/lessons/actions';
import { previewLessonUploadAction } from '../../app/author/upload/lesson/actions';
import { checkContent, syncContent } from '../../lib/content/sync';
import { chapterDir, copyOfContent, lessonFile } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

// The security probe's documents: the first blocked the server for 44 minutes, the second for 65 s.
const deepList = `${'- '.repeat(50_000)}x\n`;
const deepQuote = `${'>'.repeat(100_000)}\n`;
const file = `content/${chapterDir}/lesson-hostile.md`;
// lessonFile's frontmatter takes 9 lines; the body starts on line 10.
const refusal = (depth: number) => `${file}:10: lists, block quotes and footnotes are nested ${depth} levels deep here; at most 32 levels are allowed`;

describe('hostile lesson Markdown', async () => {
  const { db, url } = await createTestDatabase();
  // The actions use the app's shared client, which reads DATABASE_URL on first use.
  process.env.DATABASE_URL = url;
  const content = await copyOfContent();
  const { instructor } = await seedPeople(db, 'hostile');
  await syncContent(db, content.dir);

  it('the preview action refuses a deeply nested lesson with a path:line problem instead of compiling it', async () => {
    for (const [body, depth] of [
      [deepList, 50_000],
      [deepQuote, 100_000],
    ] as const) {
      const result = await previewLessonAction.definition.run(
        instructor,
        { lessonId: null, source: lessonFile('lesson-hostile', {}, body) },
        { ip: '127.0.0.1', now: new Date('2026-11-25T15:00:00Z') },
      );
      expect(result).toMatchObject({ ok: true, data: { html: '', summary: null } });
      const problems = result.ok ? result.data.problems : [];
      expect(problems.map((p) => p.text)).toEqual([refusal(depth)]);
    }
  });

  it('the upload preview and publishing refuse it the same way, and nothing is written', async () => {
    const source = lessonFile('lesson-hostile', {}, deepList);
    const upload = await previewLessonUploadAction.definition.run(
      instructor,
      { fileName: 'hostile.md', text: source },
      { ip: '127.0.0.1', now: new Date('2026-11-25T15:00:00Z') },
    );
    expect(upload.ok && upload.data.problems.map((p) => p.text)).toEqual([
      expect.stringMatching(/^hostile\.md:10: lists, block quotes and footnotes are nested 50000 levels deep/),
    ]);

    const base = { draftUpdatedAt: null, lessonUpdatedAt: null };
    const published = await publishLessonAction.definition.run(
      instructor,
      { lessonId: null, draftId: null, source, base },
      { ip: '127.0.0.1', now: new Date('2026-11-25T15:00:00Z') },
    );
    expect(published).toMatchObject({ ok: false, code: 'CONTENT_INVALID', errors: { source: [refusal(50_000)] } });
    expect(await db.lesson.count({ where: { id: 'lesson-hostile' } })).toBe(0);
  });

  it('content sync reports a deeply nested lesson file like any other invalid file', async () => {
    await content.write(`${chapterDir}/lesson-hostile.md`, lessonFile('lesson-hostile', {}, deepQuote));
    const checked = await checkContent(content.dir);
    expect(checked.problems.map((p) => `${p.file.replace(/^.*?lessons\//, 'content/lessons/')}:${p.line}: ${p.message}`)).toContain(refusal(100_000));
    expect(checked.lessons.map((l) => l.frontmatter.id)).not.toContain('lesson-hostile');
  });
});
