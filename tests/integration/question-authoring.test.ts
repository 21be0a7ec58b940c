import { describe, expect, it } from 'vitest';
import { discardDraft, saveDraft } from '../../lib/authoring/questions/drafts';
import { loadQuestionEditor } from '../../lib/authoring/questions/editor-state';
import { questionHistory, restoreVersion, setArchived } from '../../lib/authoring/questions/history';
import { listAuthorQuestions } from '../../lib/authoring/questions/list';
import { publishQuestion } from '../../lib/authoring/questions/publish';
import { confirmUpload, storeUpload } from '../../lib/authoring/questions/upload';
import { syncContent } from '../../lib/content/sync';
import type { Question } from '../../lib/questions/schema';
import { loadAttempt } from '../../lib/quiz/load-attempt';
import { startLessonQuiz } from '../../lib/quiz/start-attempts';
import { copyOfContent } from '../helpers/content-tree';
import { seedPeople } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

/** The test's clock: fixed, so no outcome depends on the day or hour the suite runs. */
const now = new Date('2026-11-25T15:00:00Z');

const lessonId = 'lesson-003-virtual-switching';
const fileQuestion = 'l03-vswitch-portfast';

const common = { stem: 'A question stem about **vSwitches**.', explanation: 'Because the hypervisor forwards it.' };
const entries: Record<Question['type'], Record<string, unknown>> = {
  single: {
    type: 'single',
    options: [
      { id: 'a', text: 'Yes' },
      { id: 'b', text: 'No', feedback: 'Think again.' },
    ],
    answer: 'a',
  },
  multiple: {
    type: 'multiple',
    options: [
      { id: 'a', text: 'One' },
      { id: 'b', text: 'Two' },
      { id: 'c', text: 'Three' },
    ],
    answer: ['a', 'c'],
  },
  truefalse: { type: 'truefalse', answer: false },
  ordering: {
    type: 'ordering',
    items: [
      { id: 'i1', text: 'First' },
      { id: 'i2', text: 'Second' },
      { id: 'i3', text: 'Third' },
    ],
  },
  matching: {
    type: 'matching',
    prompts: [
      { id: 'p1', text: 'Access', match: 'c1' },
      { id: 'p2', text: 'Trunk', match: 'c2' },
    ],
    choices: [
      { id: 'c1', text: 'One VLAN' },
      { id: 'c2', text: 'Many VLANs' },
      { id: 'c3', text: 'No VLAN' },
    ],
  },
  text: { type: 'text', accept: ['vSwitch', 'virtual switch'] },
  numeric: { type: 'numeric', answer: { value: 4094, tolerance: 0 }, unit: 'VLANs' },
  generated: { type: 'generated', generator: 'ipv4-subnet-facts', params: { prefix: [24, 30], ask: ['network'] } },
};

describe('question authoring', async () => {
  const { db } = await createTestDatabase();
  await syncContent(db, (await copyOfContent()).dir);
  const { instructor, learner, otherLearner } = await seedPeople(db);
  const audits = (entityId: string) => db.auditEntry.findMany({ where: { entityId }, orderBy: { createdAt: 'asc' } });
  const currentBody = async (id: string) =>
    (await db.question.findUniqueOrThrow({ where: { id }, select: { currentVersion: { select: { body: true } } } })).currentVersion!.body as Question;

  it('creates and publishes a question of every type, with a version, browser ownership and an audit entry', async () => {
    for (const [type, fields] of Object.entries(entries)) {
      const id = `authored-${type}`;
      const published = await publishQuestion(db, instructor, { lessonId, questionId: null, draftId: null, entry: { id, ...common, ...fields } });
      expect(published).toMatchObject({ questionId: id, version: 1, changed: true });
      const row = await db.question.findUniqueOrThrow({ where: { id }, select: { owner: true, type: true, sourcePath: true, objectives: true } });
      expect(row).toMatchObject({ owner: 'BROWSER', type });
      expect(row.sourcePath).toMatch(/lesson-003-virtual-switching\.questions\.yaml$/);
      // No objectives of its own: the lesson's apply, as in content:check.
      expect(row.objectives.length).toBeGreaterThan(0);
      expect((await audits(id)).map((a) => a.action)).toEqual(['question.create']);
    }
    const quiz = await loadAttempt(db, learner.id, (await startLessonQuiz(db, learner.id, lessonId, now)).id, now);
    expect(quiz.items.map((i) => i.questionId)).toEqual(expect.arrayContaining(Object.keys(entries).map((t) => `authored-${t}`)));
  });

  it('refuses invalid questions with errors by field, as content:check would', async () => {
    const publish = (entry: Record<string, unknown>) => publishQuestion(db, instructor, { lessonId, questionId: null, draftId: null, entry });
    await expect(publish({ id: 'bad-answer', ...common, ...entries.single, answer: 'z' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { answer: [expect.stringContaining('not among the options')] },
    });
    const duplicate = {
      ...entries.single,
      options: [
        { id: 'a', text: 'Yes' },
        { id: 'a', text: 'No' },
      ],
    };
    await expect(publish({ id: 'bad-ids', ...common, ...duplicate })).rejects.toMatchObject({ details: { 'options.1.id': ['duplicate id "a"'] } });
    await expect(publish({ id: 'bad-section', ...common, ...entries.truefalse, section: 'no-such-heading' })).rejects.toMatchObject({
      details: { section: [`lesson ${lessonId} has no heading #no-such-heading`] },
    });
    await expect(publish({ id: 'no-stem', ...entries.truefalse, explanation: 'x' })).rejects.toMatchObject({ details: { stem: ['is required'] } });
    await expect(publish({ id: fileQuestion, ...common, ...entries.truefalse })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await db.question.count({ where: { id: { in: ['bad-answer', 'bad-ids', 'bad-section', 'no-stem'] } } })).toBe(0);
  });

  it('keeps learners on the published version while a draft is edited; publish adds one version, even twice', async () => {
    const before = await db.question.findUniqueOrThrow({ where: { id: fileQuestion }, select: { contentHash: true, currentVersionId: true } });
    const editor = await loadQuestionEditor(db, fileQuestion);
    expect(editor.draft).toBeNull();
    const edited = { ...(editor.entry as Question), stem: 'Why are the uplink ports of a vSwitch safe as PortFast edge ports?' };
    const saved = await saveDraft(db, instructor, { lessonId, questionId: fileQuestion, draftId: null, entry: edited, baseUpdatedAt: null });
    const again = await saveDraft(db, instructor, { lessonId, questionId: fileQuestion, draftId: null, entry: edited, baseUpdatedAt: saved.updatedAt });
    // A tab still holding the first save's timestamp must not overwrite the newer draft.
    await expect(
      saveDraft(db, instructor, { lessonId, questionId: fileQuestion, draftId: null, entry: edited, baseUpdatedAt: saved.updatedAt }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(again.draftId).toBe(saved.draftId);

    const quiz = await loadAttempt(db, otherLearner.id, (await startLessonQuiz(db, otherLearner.id, lessonId, now)).id, now);
    expect((quiz.items.find((i) => i.questionId === fileQuestion)!.question as Question).stem).not.toBe(edited.stem);
    expect((await currentBody(fileQuestion)).stem).not.toBe(edited.stem);

    const input = { lessonId, questionId: fileQuestion, draftId: null, entry: edited };
    const [first, second] = await Promise.all([publishQuestion(db, instructor, input), publishQuestion(db, instructor, input)]);
    expect([first.version, second.version]).toEqual([2, 2]);
    expect([first.changed, second.changed].sort()).toEqual([false, true]);
    expect(await db.questionVersion.count({ where: { questionId: fileQuestion } })).toBe(2);
    expect((await currentBody(fileQuestion)).stem).toBe(edited.stem);
    expect(await db.questionDraft.count({ where: { questionId: fileQuestion } })).toBe(0);
    const row = await db.question.findUniqueOrThrow({ where: { id: fileQuestion }, select: { owner: true, baseFileHash: true } });
    expect(row).toEqual({ owner: 'BROWSER', baseFileHash: before.contentHash });
    expect((await audits(fileQuestion)).map((a) => a.action)).toEqual(['question.edit', 'question.publish']);

    await expect(publishQuestion(db, instructor, { ...input, entry: { ...edited, id: 'renamed' } })).rejects.toMatchObject({
      details: { id: [expect.any(String)] },
    });
  });

  it('shows the history as a line diff of the YAML and restores an earlier version', async () => {
    const history = await questionHistory(db, fileQuestion);
    expect(history.versions.map((v) => [v.version, v.current])).toEqual([
      [2, true],
      [1, false],
    ]);
    const diff = history.versions[0].diff!;
    expect(diff).toContainEqual(expect.objectContaining({ kind: 'added', text: '  Why are the uplink ports of a vSwitch safe as PortFast edge ports?' }));
    expect(diff.some((line) => line.kind === 'removed' && line.text.includes("ESXi host's VMware standard vSwitch"))).toBe(true);
    expect(diff.filter((line) => line.kind === 'same').length).toBeGreaterThan(5);
    expect(history.versions[1].diff).toBeNull();

    expect(await restoreVersion(db, instructor, { questionId: fileQuestion, version: 1 })).toEqual({ version: 1, changed: true });
    expect(await restoreVersion(db, instructor, { questionId: fileQuestion, version: 1 })).toEqual({ version: 1, changed: false });
    const restored = await db.question.findUniqueOrThrow({
      where: { id: fileQuestion },
      select: { currentVersion: { select: { version: true } }, owner: true },
    });
    expect(restored).toEqual({ currentVersion: { version: 1 }, owner: 'BROWSER' });
    expect(await db.questionVersion.count({ where: { questionId: fileQuestion } })).toBe(2);
    expect((await audits(fileQuestion)).map((a) => a.action)).toEqual(['question.edit', 'question.publish', 'question.restore']);
    await expect(restoreVersion(db, instructor, { questionId: fileQuestion, version: 9 })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('archives a question so new quizzes leave it out, and brings it back', async () => {
    await setArchived(db, instructor, { questionId: 'authored-single', archived: true });
    const quiz = await loadAttempt(db, instructor.id, (await startLessonQuiz(db, instructor.id, lessonId, now)).id, now);
    expect(quiz.items.map((i) => i.questionId)).not.toContain('authored-single');
    await setArchived(db, instructor, { questionId: 'authored-single', archived: false });
    expect((await audits('authored-single')).map((a) => a.action)).toEqual(['question.create', 'question.archive', 'question.unarchive']);
  });

  it('a new question lives as a draft until published, and a discarded draft is gone', async () => {
    const entry = { id: 'draft-only', ...common, ...entries.truefalse };
    const saved = await saveDraft(db, instructor, { lessonId, questionId: null, draftId: null, entry, baseUpdatedAt: null });
    expect(await db.question.count({ where: { id: 'draft-only' } })).toBe(0);
    const list = await listAuthorQuestions(db, instructor, { lessonId });
    expect(list.newDrafts.map((d) => d.questionId)).toContain('draft-only');
    await discardDraft(db, instructor, saved.draftId);
    await discardDraft(db, instructor, saved.draftId);
    expect(await db.questionDraft.count({ where: { id: saved.draftId } })).toBe(0);
  });

  it('lists questions with status, search by stem text and filters', async () => {
    const { questions } = await listAuthorQuestions(db, instructor, { q: 'PORTFAST edge' });
    expect(questions.map((q) => q.id)).toEqual([fileQuestion]);
    expect(questions[0]).toMatchObject({ owner: 'BROWSER', hasDraft: false, flags: [] });
    const numeric = await listAuthorQuestions(db, instructor, { type: 'numeric', lessonId });
    expect(numeric.questions.map((q) => q.id)).toContain('authored-numeric');
    expect(numeric.questions.every((q) => q.type === 'numeric' && q.lessonId === lessonId)).toBe(true);
  });

  it('previews a GIFT upload with errors by line and saves nothing; confirming imports and audits', async () => {
    const gift = [
      '::gift-vswitch::Which device forwards frames between VMs on one host? {=The virtual switch ~The router ####The hypervisor switch does it.}',
      '',
      '::gift-broken::Missing its closing brace {=yes ~no',
      '',
      '::gift-tf::A vSwitch runs spanning tree. {FALSE}',
    ].join('\n');
    const count = await db.question.count();
    const preview = await storeUpload(db, instructor, { lessonId, format: 'gift', text: gift, fileName: 'bank.gift' }, now);
    expect(preview.page.questions.map((q) => [q.line, q.id])).toEqual([
      [1, 'gift-vswitch'],
      [5, 'gift-tf'],
    ]);
    expect(preview.page.questions[0].preview.presented.stemHtml).toContain('Which device forwards frames');
    expect(preview.problems.find((p) => p.severity === 'error')).toMatchObject({ line: 3, message: expect.stringContaining('GIFT syntax error') });
    expect(preview.importable).toBe(false);
    await expect(confirmUpload(db, instructor, { uploadId: preview.uploadId, as: 'publish' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(await db.question.count()).toBe(count);

    const fixed = gift.replace('{=yes ~no', '{=yes ~no}');
    const fixedPreview = await storeUpload(db, instructor, { lessonId, format: 'gift', text: fixed, fileName: 'bank.gift' }, now);
    expect(fixedPreview.importable).toBe(true);
    expect(await db.question.count()).toBe(count);
    // A newer upload replaces the author's last one.
    expect(await db.questionUpload.findUnique({ where: { id: preview.uploadId } })).toBeNull();
    expect(await confirmUpload(db, instructor, { uploadId: fixedPreview.uploadId, as: 'publish' })).toEqual({ count: 3, as: 'publish', lessonId });
    expect(await db.questionUpload.findUnique({ where: { id: fixedPreview.uploadId } })).toBeNull();
    expect(await db.question.count()).toBe(count + 3);
    expect((await currentBody('gift-vswitch')).explanation).toBe('The hypervisor switch does it.');
    expect((await audits(lessonId)).map((a) => a.action)).toEqual(['questions.import']);
    expect((await audits('gift-tf')).map((a) => a.action)).toEqual(['question.create']);
    // The same file again would reuse the ids: refused by line, nothing written.
    const repeat = await storeUpload(db, instructor, { lessonId, format: 'gift', text: fixed, fileName: 'bank.gift' }, now);
    expect(repeat.problems.filter((p) => p.severity === 'error').map((p) => [p.line, p.field])).toEqual([
      [1, 'id'],
      [3, 'id'],
      [5, 'id'],
    ]);
  });

  it('previews an Aiken upload with a line error, and imports as drafts when asked', async () => {
    const aiken = [
      'Which mode isolates a VM from the host network?',
      'A. Bridged',
      'B. Host-only',
      'ANSWER: C',
      '',
      'What tags a frame?',
      'A. 802.1Q',
      'B. 802.3',
      'ANSWER: A',
    ].join('\n');
    const preview = await storeUpload(db, instructor, { lessonId, format: 'aiken', text: aiken, fileName: 'bank.txt' }, now);
    expect(preview.problems.filter((p) => p.severity === 'error')).toEqual([
      expect.objectContaining({ line: 4, message: 'ANSWER "C" is not one of the options (A, B)' }),
    ]);
    expect(preview.page.questions).toHaveLength(1);
    const fixed = aiken.replace('ANSWER: C', 'ANSWER: B');
    const drafts = await db.questionDraft.count();
    const { uploadId } = await storeUpload(db, instructor, { lessonId, format: 'aiken', text: fixed, fileName: 'bank.txt' }, now);
    expect(await confirmUpload(db, instructor, { uploadId, as: 'drafts' })).toEqual({ count: 2, as: 'drafts', lessonId });
    expect(await db.questionDraft.count()).toBe(drafts + 2);
  });
});
