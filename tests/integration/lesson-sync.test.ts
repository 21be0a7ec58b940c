import { describe, expect, it } from 'vitest';
import { syncContent } from '../../lib/content/sync';
import { getCourseOutline, getLessonPage } from '../../lib/lessons/queries';
import { highlightEnd, highlightStart, searchLessons } from '../../lib/lessons/search';
import { chapterDir, copyOfContent, countContentFiles, lessonFile } from '../helpers/content-tree';
import { createTestDatabase } from '../helpers/test-database';

// These sync the real course, which grows with every chapter, so they get more time than the default.
describe('lesson sync', { timeout: 120_000 }, () => {
  it('loads the chapter and its lessons, then skips every unchanged file', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    const files = await countContentFiles(tree.dir);

    const first = await syncContent(db, tree.dir);
    expect(first.lessons).toEqual({ created: files.lessons, updated: 0, unchanged: 0, archived: 0 });
    expect(first.chapters).toEqual({ created: files.chapters, updated: 0, unchanged: 0, archived: 0 });
    const second = await syncContent(db, tree.dir);
    expect(second.lessons).toEqual({ created: 0, updated: 0, unchanged: files.lessons, archived: 0 });

    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-004-containers' }, include: { examObjectives: true } });
    expect(lesson.html).toContain('<aside class="callout callout-exam-tip"');
    expect(lesson.examObjectives.map((o) => o.objectiveId)).toContain('ccna-200-301:1.12');
    expect(await db.lessonSection.count({ where: { lessonId: lesson.id } })).toBeGreaterThan(5);
  });

  it('checks links against stored lessons without recompiling the unchanged ones', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    const total = (await syncContent(db, tree.dir)).lessons.created;
    await db.lesson.update({ where: { id: 'lesson-005-vms-vs-containers' }, data: { html: '<p>stored</p>' } });
    await tree.write(
      `${chapterDir}/lesson-098-linker.md`,
      lessonFile('lesson-098-linker', { order: '98' }, 'See [x](./lesson-005-vms-vs-containers.md#no-such-heading).\n'),
    );

    await expect(syncContent(db, tree.dir)).rejects.toThrow(
      /lesson-098-linker\.md:\d+: link: links to #no-such-heading, which is not a heading of lesson lesson-005-vms-vs-containers/,
    );
    await tree.write(
      `${chapterDir}/lesson-098-linker.md`,
      lessonFile('lesson-098-linker', { order: '98' }, 'See [x](./lesson-005-vms-vs-containers.md#snapshots-vs-backups).\n'),
    );
    // The one update is the lesson before the new one, whose "Next Lesson" link now points at it.
    expect((await syncContent(db, tree.dir)).lessons).toEqual({ created: 1, updated: 1, unchanged: total - 1, archived: 0 });
    expect((await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-005-vms-vs-containers' } })).html).toBe('<p>stored</p>');
  });

  it('recompiles, instead of trusting, a stored lesson whose link data is missing (rows from before it was stored)', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    const total = (await syncContent(db, tree.dir)).lessons.created;
    await db.lesson.update({ where: { id: 'lesson-002-hypervisors' }, data: { linkCheck: {} } });
    expect((await syncContent(db, tree.dir)).lessons).toEqual({ created: 0, updated: 1, unchanged: total - 1, archived: 0 });
    expect((await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-002-hypervisors' } })).linkCheck).toMatchObject({
      headingIds: expect.arrayContaining(['live-migration']),
    });
  });

  it('recompiles an edited lesson and the one before it, whose "Next Lesson" link depends on its title', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    const total = (await syncContent(db, tree.dir)).lessons.created;
    await tree.edit(`${chapterDir}/lesson-003-virtual-switching.md`, (t) =>
      t.replace('title: "Virtual Switching and VM Networking"', 'title: "Virtual Switches"'),
    );

    expect((await syncContent(db, tree.dir)).lessons).toEqual({ created: 0, updated: 2, unchanged: total - 2, archived: 0 });
    const previous = await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-002-hypervisors' } });
    expect(previous.html).toMatch(/<a href="\/lessons\/lesson-003-virtual-switching">/);
  });

  it('archives (never deletes) a lesson whose file is removed, hides it, and restores it when the file returns', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    await tree.write(`${chapterDir}/lesson-099-extra.md`, lessonFile('lesson-099-extra', { order: '99' }, '## Only section\n\nSome words about trunks.\n'));
    await syncContent(db, tree.dir);
    await tree.remove(`${chapterDir}/lesson-099-extra.md`);

    expect((await syncContent(db, tree.dir)).lessons.archived).toBe(1);
    expect(await db.lesson.findUnique({ where: { id: 'lesson-099-extra' } })).toMatchObject({ archivedAt: expect.any(Date) });
    expect(await getLessonPage(db, 'lesson-099-extra')).toBeNull();
    const outline = await getCourseOutline(db, 'ccna-200-301');
    expect(outline[0].lessons.map((l) => l.id)).not.toContain('lesson-099-extra');

    await tree.write(`${chapterDir}/lesson-099-extra.md`, lessonFile('lesson-099-extra', { order: '99' }, '## Only section\n\nSome words about trunks.\n'));
    // Two updates: the restored lesson, and lesson 7, whose "Next Lesson" now points at it again.
    expect((await syncContent(db, tree.dir)).lessons).toMatchObject({ created: 0, updated: 2, archived: 0 });
    expect(await getLessonPage(db, 'lesson-099-extra')).not.toBeNull();
  });

  it('hides drafts from learners and from the previous/next chain', async () => {
    const { db } = await createTestDatabase();
    const tree = await copyOfContent();
    await syncContent(db, tree.dir);
    // What follows the chapter's last lesson depends on the chapters after it; a draft must not change it.
    const nextWithoutDraft = (await getLessonPage(db, 'lesson-007-cloud-computing'))?.next ?? null;
    await tree.write(`${chapterDir}/lesson-008-draft.md`, lessonFile('lesson-008-draft', { order: '8', draft: 'true' }, 'Not ready.\n'));
    await syncContent(db, tree.dir);
    expect(await getLessonPage(db, 'lesson-008-draft')).toBeNull();
    expect((await getLessonPage(db, 'lesson-007-cloud-computing'))?.next ?? null).toEqual(nextWithoutDraft);
    expect(await getLessonPage(db, 'lesson-002-hypervisors')).toMatchObject({
      previous: { id: 'lesson-001-virtualization-fundamentals' },
      next: { id: 'lesson-003-virtual-switching' },
    });
  });
});

describe('lesson search', { timeout: 120_000 }, () => {
  it('ranks the section about the term first, links to its anchor, and highlights matches', async () => {
    const { db } = await createTestDatabase();
    await syncContent(db, 'content');
    const hits = await searchLessons(db, 'distributed switch');
    expect(hits[0]).toMatchObject({ lessonId: 'lesson-003-virtual-switching', anchor: 'distributed-virtual-switches' });
    expect(hits[0].snippet).toContain(`${highlightStart}`);
    expect(hits[0].snippet).toMatch(new RegExp(`${highlightStart}[Dd]istributed${highlightEnd}`));

    const kvm = await searchLessons(db, 'KVM');
    expect(kvm.map((h) => h.lessonId)).toContain('lesson-002-hypervisors');
    expect(kvm[0].rank).toBeGreaterThanOrEqual(kvm.at(-1)!.rank);
  });

  it('handles empty, operator-only and hostile queries without errors', async () => {
    const { db } = await createTestDatabase();
    await syncContent(db, 'content');
    expect(await searchLessons(db, '   ')).toEqual([]);
    expect(await searchLessons(db, 'zzzyzzy')).toEqual([]);
    expect(await searchLessons(db, `'); DROP TABLE "Lesson"; --`)).toEqual(expect.any(Array));
    expect(await searchLessons(db, '"" OR -')).toEqual(expect.any(Array));
    expect(await db.lesson.count()).toBe((await countContentFiles('content')).lessons);
    const excluded = await searchLessons(db, 'hypervisor -container');
    expect(excluded.every((h) => !/container/i.test(h.snippet.replaceAll(highlightStart, '').replaceAll(highlightEnd, '')))).toBe(true);
  });
});
