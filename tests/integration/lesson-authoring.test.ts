import { describe, expect, it } from 'vitest';
import { listAudit } from '../../lib/authoring/audit';
import { stamp } from '../../lib/authoring/edit-base';
import { lessonHistory } from '../../lib/authoring/lesson-history';
import { saveLessonDraft } from '../../lib/authoring/lesson-drafts';
import { publishLesson, restoreRevision } from '../../lib/authoring/publish-lesson';
import { confirmUpload, previewUpload } from '../../lib/authoring/upload-lesson';
import { syncContent } from '../../lib/content/sync';
import { AppError } from '../../lib/errors';
import { getLessonPage } from '../../lib/lessons/queries';
import { copyOfContent, lessonFile } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const lessonId = 'lesson-004-containers';

async function setup(prefix: string) {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const people = await seedPeople(db, prefix);
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
  return { db, actorId: people.instructor.id, otherId: people.admin.id, lesson };
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: AppError) => error,
  );

describe('lesson drafts and publishing', () => {
  it('keeps drafts from learners, refuses a save from a stale tab, and publishes with a revision, an audit entry and database ownership', async () => {
    const { db, actorId, otherId, lesson } = await setup('pub');
    const edited = lesson.source.replace('\n## ', '\nDRAFT SENTENCE.\n\n## ');
    const base = { draftUpdatedAt: null, lessonUpdatedAt: stamp(lesson.updatedAt) };
    const first = await saveLessonDraft(db, { actorId, lessonId, draftId: null, source: edited, base });
    expect((await getLessonPage(db, lessonId))!.html).not.toContain('DRAFT SENTENCE');

    // A second tab that opened the lesson before the draft existed must not overwrite it.
    const stale = await failure(saveLessonDraft(db, { actorId: otherId, lessonId, draftId: null, source: 'other', base }));
    expect(stale).toMatchObject({ code: 'CONFLICT' });
    const second = await saveLessonDraft(db, {
      actorId,
      lessonId,
      draftId: first.draftId,
      source: edited,
      base: { ...base, draftUpdatedAt: first.draftUpdatedAt },
    });
    expect(
      await failure(saveLessonDraft(db, { actorId, lessonId, draftId: first.draftId, source: 'x', base: { ...base, draftUpdatedAt: first.draftUpdatedAt } })),
    ).toMatchObject({ code: 'CONFLICT' });

    const input = { actorId, lessonId, draftId: second.draftId, source: edited, base: { ...base, draftUpdatedAt: second.draftUpdatedAt } };
    // A double click: both calls succeed and publish once.
    const [a, b] = await Promise.all([publishLesson(db, input), publishLesson(db, input)]);
    expect([a.revision, b.revision]).toEqual([2, 2]);
    expect([a.changed, b.changed].sort()).toEqual([false, true]);

    const published = await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, include: { revisions: { orderBy: { number: 'asc' } } } });
    expect(published).toMatchObject({ owner: 'BROWSER', source: edited });
    expect(published.baseFileHash).toMatch(/^[0-9a-f]{64}$/);
    expect(published.revisions.map((r) => [r.number, r.kind, r.authorId])).toEqual([
      [1, 'file', null],
      [2, 'publish', actorId],
    ]);
    expect(await db.lessonDraft.count({ where: { lessonId } })).toBe(0);
    expect((await getLessonPage(db, lessonId))!.html).toContain('DRAFT SENTENCE');
    expect(await db.lessonSection.count({ where: { lessonId } })).toBeGreaterThan(3);

    const audit = await listAudit(db, { entityType: 'lesson', entityId: lessonId });
    expect(audit.entries.map((e) => [e.action, e.actorId])).toEqual([
      ['lesson.publish', actorId],
      ['lesson.draft', actorId],
    ]);
    expect(audit.entries[0].summary).toBe('Published revision 2 of “Containers, Images and Orchestration”');
  });

  it('refuses to publish invalid text, with path:line messages, and writes nothing', async () => {
    const { db, actorId, lesson } = await setup('bad');
    const broken = lesson.source.replace(/^order: 4$/m, 'order: 3').replace('\n## ', '\nSee [gone](./lesson-404-nowhere.md).\n\n## ');
    const error = await failure(
      publishLesson(db, { actorId, lessonId, draftId: null, source: broken, base: { draftUpdatedAt: null, lessonUpdatedAt: stamp(lesson.updatedAt) } }),
    );
    expect(error).toMatchObject({ code: 'CONTENT_INVALID' });
    const messages = (error as AppError).details as { source: string[] };
    expect(messages.source).toEqual([
      expect.stringMatching(
        /lesson-004-containers\.md:5: order: order 3 is already used in chapter chapter-001-virtualization-cloud by .*lesson-003-virtual-switching\.md/,
      ),
      expect.stringMatching(/lesson-004-containers\.md:\d+: link: links to lesson "lesson-404-nowhere", which does not exist/),
    ]);
    expect(await db.lessonRevision.count({ where: { lessonId } })).toBe(1);
    expect(await db.auditEntry.count()).toBe(0);
  });

  it('restores an earlier revision as a new revision, shows diffs between revisions, and audits the restore', async () => {
    const { db, actorId, lesson } = await setup('res');
    const edited = `${lesson.source}\nA closing paragraph added in the browser.\n`;
    const published = await publishLesson(db, {
      actorId,
      lessonId,
      draftId: null,
      source: edited,
      base: { draftUpdatedAt: null, lessonUpdatedAt: stamp(lesson.updatedAt) },
    });
    expect(published.revision).toBe(2);

    const restored = await restoreRevision(db, { actorId, lessonId, number: 1 });
    expect(restored).toMatchObject({ revision: 3, changed: true });
    const after = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    expect(after.source).toBe(lesson.source);
    expect(after.html).not.toContain('A closing paragraph');
    expect(await db.lessonRevision.findUniqueOrThrow({ where: { lessonId_number: { lessonId, number: 3 } } })).toMatchObject({
      kind: 'restore',
      source: lesson.source,
    });
    expect(await restoreRevision(db, { actorId, lessonId, number: 1 })).toMatchObject({ revision: 3, changed: false });

    const history = (await lessonHistory(db, lessonId))!;
    expect(history.revisions.map((r) => [r.number, r.kind, r.isCurrent])).toEqual([
      [3, 'restore', true],
      [2, 'publish', false],
      [1, 'file', false],
    ]);
    expect(history.revisions[1].diff).toContainEqual(expect.objectContaining({ kind: 'added', text: 'A closing paragraph added in the browser.' }));
    expect(history.revisions[2].diff).toBeNull();
    expect(history.revisions[0].diff).toContainEqual(expect.objectContaining({ kind: 'removed', text: 'A closing paragraph added in the browser.' }));
    expect((await listAudit(db, { entityType: 'lesson' })).entries[0]).toMatchObject({
      action: 'lesson.restore',
      summary: 'Restored revision 1 as revision 3 of “Containers, Images and Orchestration”',
    });
  });

  it('previews an uploaded .md with its problems by line before saving anything, then saves it as a draft', async () => {
    const { db, actorId } = await setup('up');
    const bad = lessonFile('lesson-060-uploaded', { order: '60', chapterId: 'no-such-chapter' }, '## Hello\n\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    const preview = await previewUpload(db, { fileName: 'mine.md', text: bad });
    expect(preview.problems.map((p) => p.text)).toEqual([expect.stringMatching(/^mine\.md:4: chapterId: unknown chapter "no-such-chapter"/)]);
    expect(preview.html).toContain('<table>');
    expect(await db.lessonDraft.count()).toBe(0);

    const good = lessonFile('lesson-060-uploaded', { order: '60' }, '## Hello\n\nText.\n');
    expect((await previewUpload(db, { fileName: 'mine.md', text: good })).summary).toMatchObject({
      id: 'lesson-060-uploaded',
      chapterId: 'chapter-001-virtualization-cloud',
    });
    const saved = await confirmUpload(db, { actorId, fileName: 'mine.md', text: good, publish: false });
    expect(await db.lessonDraft.findUniqueOrThrow({ where: { id: saved.draftId! } })).toMatchObject({ lessonId: null, source: good });
    expect(await db.lesson.count({ where: { id: 'lesson-060-uploaded' } })).toBe(0);
  });
});
