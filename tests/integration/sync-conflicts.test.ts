import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../lib/content/problems';
import { syncContent } from '../../lib/content/sync';
import { stamp } from '../../lib/authoring/edit-base';
import { giveBackToFile, publishLesson } from '../../lib/authoring/publish-lesson';
import type { Db } from '../../lib/db/client';
import { publishQuestion } from '../../lib/authoring/questions/publish';
import { setArchived } from '../../lib/authoring/questions/history';
import type { Question } from '../../lib/questions/schema';
import type { Viewer } from '../../lib/auth/roles';
import { chapterDir, copyOfContent, lessonFile } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const lessonId = 'lesson-002-hypervisors';
const lessonPath = `${chapterDir}/${lessonId}.md`;
const questionPath = `${chapterDir}/${lessonId}.questions.yaml`;

async function publishInBrowser(db: Db, actorId: string, id: string, change: (source: string) => string) {
  const lesson = await db.lesson.findUniqueOrThrow({ where: { id } });
  return publishLesson(db, {
    actorId,
    lessonId: id,
    draftId: null,
    source: change(lesson.source),
    base: { draftUpdatedAt: null, lessonUpdatedAt: stamp(lesson.updatedAt) },
  });
}

async function setup() {
  const { db } = await createTestDatabase();
  const tree = await copyOfContent();
  await syncContent(db, tree.dir);
  const people = await seedPeople(db, 'sc');
  return { db, tree, actorId: people.instructor.id, instructor: people.instructor };
}

// Each case syncs the whole course up to three times, so its time grows with the content.
describe('files and browser edits: the sync rule', { timeout: 90_000 }, () => {
  it('stores the file as the lesson source and adds a "file" revision only when the file changes', async () => {
    const { db, tree } = await setup();
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId }, include: { revisions: true } });
    expect(lesson.source).toMatch(/^---\nid: lesson-002-hypervisors/);
    expect(lesson.revisions.map((r) => [r.number, r.kind])).toEqual([[1, 'file']]);

    await syncContent(db, tree.dir);
    expect(await db.lessonRevision.count({ where: { lessonId } })).toBe(1);
    await tree.edit(lessonPath, (t) => t.replace('The hypervisor is the layer', 'The hypervisor is the software layer'));
    await syncContent(db, tree.dir);
    const revisions = await db.lessonRevision.findMany({ where: { lessonId }, orderBy: { number: 'asc' } });
    expect(revisions.map((r) => [r.number, r.kind])).toEqual([
      [1, 'file'],
      [2, 'file'],
    ]);
    expect(revisions[1].source).toContain('the software layer');
  });

  it('leaves a browser-owned lesson alone while its file is unchanged', async () => {
    const { db, tree, actorId } = await setup();
    await publishInBrowser(db, actorId, lessonId, (s) => s.replace('The hypervisor is the layer', 'BROWSER EDIT: the hypervisor is the layer'));
    const report = await syncContent(db, tree.dir);
    expect(report.warnings.filter((w) => w.message.includes('conflict'))).toEqual([]);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    expect(lesson).toMatchObject({ owner: 'BROWSER' });
    expect(lesson.html).toContain('BROWSER EDIT');
  });

  it('reports a conflict, naming the file and what to do, instead of overwriting a browser edit when the file changed too', async () => {
    const { db, tree, actorId } = await setup();
    await publishInBrowser(db, actorId, lessonId, (s) => s.replace('The hypervisor is the layer', 'BROWSER EDIT: the hypervisor is the layer'));
    await tree.edit(lessonPath, (t) => t.replace('The hypervisor is the layer', 'FILE EDIT: the hypervisor is the layer'));

    const report = await syncContent(db, tree.dir);
    const conflicts = report.warnings.filter((w) => w.message.startsWith('conflict'));
    expect(conflicts).toHaveLength(1);
    expect(formatProblem(conflicts[0])).toMatch(/lesson-002-hypervisors\.md:1: warning: conflict: lesson lesson-002-hypervisors was edited in the browser/);
    expect(conflicts[0].message).toMatch(/content:export/);
    expect(conflicts[0].message).toMatch(/\/author\/lessons\/lesson-002-hypervisors/);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    expect(lesson.html).toContain('BROWSER EDIT');
    expect(lesson.html).not.toContain('FILE EDIT');
  });

  it('does not archive a lesson created in the browser that has no file', async () => {
    const { db, tree, actorId } = await setup();
    const source = lessonFile('lesson-050-browser-only', { order: '50' }, '## Only here\n\nWritten in the browser.\n');
    await publishLesson(db, { actorId, lessonId: null, draftId: null, source, base: { draftUpdatedAt: null, lessonUpdatedAt: null } });
    const report = await syncContent(db, tree.dir);
    expect(report.lessons.archived).toBe(0);
    expect(await db.lesson.findUniqueOrThrow({ where: { id: 'lesson-050-browser-only' } })).toMatchObject({
      archivedAt: null,
      owner: 'BROWSER',
      baseFileHash: null,
    });
  });

  it('returns ownership to the file once the file holds exactly the published browser version, then follows the file again', async () => {
    const { db, tree, actorId } = await setup();
    await publishInBrowser(db, actorId, lessonId, (s) => s.replace('The hypervisor is the layer', 'BROWSER EDIT: the hypervisor is the layer'));
    const published = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    await tree.write(lessonPath, published.source);

    const report = await syncContent(db, tree.dir);
    expect(report.warnings.filter((w) => w.message.startsWith('conflict'))).toEqual([]);
    expect(await db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).toMatchObject({ owner: 'FILE', baseFileHash: null, source: published.source });
    // The same text again adds no revision.
    expect((await db.lessonRevision.findMany({ where: { lessonId } })).map((r) => r.kind)).toEqual(['file', 'publish']);

    await tree.edit(lessonPath, (t) => t.replace('BROWSER EDIT', 'LATER FILE EDIT'));
    await syncContent(db, tree.dir);
    expect((await db.lesson.findUniqueOrThrow({ where: { id: lessonId } })).html).toContain('LATER FILE EDIT');
  });

  it('lets an instructor give a conflicting lesson back to its file, which the next sync then applies', async () => {
    const { db, tree, actorId } = await setup();
    await publishInBrowser(db, actorId, lessonId, (s) => s.replace('The hypervisor is the layer', 'BROWSER EDIT: the hypervisor is the layer'));
    await tree.edit(lessonPath, (t) => t.replace('The hypervisor is the layer', 'FILE EDIT: the hypervisor is the layer'));
    await syncContent(db, tree.dir);
    await giveBackToFile(db, { actorId, lessonId });
    await syncContent(db, tree.dir);
    const lesson = await db.lesson.findUniqueOrThrow({ where: { id: lessonId } });
    expect(lesson.owner).toBe('FILE');
    expect(lesson.html).toContain('FILE EDIT');
    expect(await db.auditEntry.count({ where: { action: 'lesson.give-back', entityId: lessonId } })).toBe(1);
  });
});

describe('files and browser edits: questions', () => {
  const questionId = 'l02-laptop-lab-product';

  /** Publishes through the question editor's own use case, as an instructor in the browser would. */
  async function publishQuestionInBrowser(db: Db, instructor: Viewer, change: (q: Question) => Question) {
    const row = await db.question.findUniqueOrThrow({ where: { id: questionId }, include: { currentVersion: true } });
    const edited = change(row.currentVersion!.body as Question);
    await publishQuestion(db, instructor, { lessonId: row.lessonId, questionId, draftId: null, entry: edited });
    return edited;
  }

  it('keeps a browser-owned question while its file entry is unchanged, and does not archive it when the entry goes', async () => {
    const { db, tree, instructor } = await setup();
    await publishQuestionInBrowser(db, instructor, (q) => ({ ...q, stem: 'BROWSER STEM' }));
    let report = await syncContent(db, tree.dir);
    expect(report.warnings.filter((w) => w.message.startsWith('conflict'))).toEqual([]);
    expect((await db.question.findUniqueOrThrow({ where: { id: questionId }, include: { currentVersion: true } })).currentVersion!.body).toMatchObject({
      stem: 'BROWSER STEM',
    });

    await tree.edit(questionPath, (t) => t.replace(/\n {2}- id: l02-laptop-lab-product[\s\S]*?(?=\n {2}- id: )/, ''));
    report = await syncContent(db, tree.dir);
    expect(await db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ archivedAt: null, owner: 'BROWSER' });
  });

  it('reports a conflict when the file entry changed since the browser edit, and keeps the browser version', async () => {
    const { db, tree, instructor } = await setup();
    await publishQuestionInBrowser(db, instructor, (q) => ({ ...q, stem: 'BROWSER STEM' }));
    await tree.edit(questionPath, (t) => t.replace('A CCNA student wants to run', 'A CCNA student really wants to run'));
    const report = await syncContent(db, tree.dir);
    const conflicts = report.warnings.filter((w) => w.message.startsWith('conflict'));
    expect(conflicts.map(formatProblem)).toEqual([
      expect.stringMatching(/lesson-002-hypervisors\.questions\.yaml:\d+: warning: conflict: question l02-laptop-lab-product/),
    ]);
    expect((await db.question.findUniqueOrThrow({ where: { id: questionId }, include: { currentVersion: true } })).currentVersion!.body).toMatchObject({
      stem: 'BROWSER STEM',
    });
  });

  it('returns a question to its file when the file entry equals the browser version', async () => {
    const { db, tree, instructor } = await setup();
    const row = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    await publishQuestionInBrowser(db, instructor, (q) => ({ ...q, difficulty: 'hard' }));
    await tree.edit(questionPath, (t) => t.replace(/(- id: l02-laptop-lab-product\n\s+type: single\n\s+difficulty:) easy/, '$1 hard'));
    const report = await syncContent(db, tree.dir);
    expect(report.warnings.filter((w) => w.message.startsWith('conflict'))).toEqual([]);
    const after = await db.question.findUniqueOrThrow({ where: { id: questionId } });
    expect(after).toMatchObject({ owner: 'FILE', baseFileHash: null });
    expect(after.contentHash).not.toBe(row.contentHash);
  });

  it('keeps a question archived in the browser archived while its file entry is unchanged', async () => {
    const { db, tree, instructor } = await setup();
    await setArchived(db, instructor, { questionId, archived: true });
    const report = await syncContent(db, tree.dir);
    expect(report.warnings.filter((w) => w.message.startsWith('conflict'))).toEqual([]);
    expect(await db.question.findUniqueOrThrow({ where: { id: questionId } })).toMatchObject({ owner: 'BROWSER', archivedAt: expect.any(Date) });
  });
});
