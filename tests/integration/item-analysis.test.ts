import { describe, expect, it } from 'vitest';
import { createAccount } from '../../lib/auth/accounts';
import type { Db } from '../../lib/db/client';
import type { Prisma } from '../../lib/db/generated/client';
import { analyseItems, itemFlags, type ItemStats } from '../../lib/dashboard/item-analysis';
import { answerKeys } from '../../lib/questions/grading';
import { renderQuestion } from '../../lib/questions/render-question';
import type { Question, QuestionResponse } from '../../lib/questions/schema';
import { seedPeople, testPassword } from '../helpers/people';
import { createTestDatabase } from '../helpers/test-database';

const common = { explanation: 'Because.', difficulty: 'medium' as const, tags: [] };
const questions: Question[] = [
  {
    ...common,
    id: 'q1',
    type: 'single',
    stem: 'Which hypervisor runs on **bare metal**?',
    options: [opt('a', 'Type 1'), opt('b', 'Type 2'), opt('c', 'Neither')],
    answer: 'a',
  },
  { ...common, id: 'q2', type: 'truefalse', stem: 'Containers share the host kernel.', answer: true },
  {
    ...common,
    id: 'q3',
    type: 'single',
    stem: 'Which is a `vSwitch` & a `<port>`?',
    options: [opt('x', 'A *virtual* switch'), opt('y', 'A VLAN'), opt('z', 'A router')],
    answer: 'x',
  },
  { ...common, id: 'q4', type: 'text', stem: 'Name the layer that runs VMs.', accept: ['hypervisor'] },
  { ...common, id: 'q5', type: 'single', stem: 'An easy one.', options: [opt('a', 'Right'), opt('b', 'Wrong')], answer: 'a' },
];

function opt(id: string, text: string) {
  return { id, text, pinned: false };
}

/** One chapter and lesson in the course, holding the five questions above. */
async function seedBank(db: Db, courseId: string) {
  await db.chapter.create({ data: { id: 'ch-ia', title: 'Chapter', order: 1, contentHash: 'x', courses: { create: { courseId } } } });
  await db.lesson.create({
    data: {
      id: 'lesson-ia',
      chapterId: 'ch-ia',
      title: 'Lesson',
      order: 1,
      duration: 5,
      html: '',
      toc: [],
      wordCount: 0,
      readingMinutes: 1,
      sourcePath: 'x',
      contentHash: 'x',
    },
  });
  for (const question of questions) {
    await db.question.create({
      data: { id: question.id, lessonId: 'lesson-ia', type: question.type, difficulty: 'medium', sourcePath: 'x', contentHash: 'x' },
    });
    const version = await db.questionVersion.create({
      data: { questionId: question.id, version: 1, hash: question.id, body: question as Prisma.InputJsonValue, html: await renderQuestion(question) },
    });
    await db.question.update({ where: { id: question.id }, data: { currentVersionId: version.id } });
  }
}

type Answer = [questionId: string, score: number, response: QuestionResponse | null, durationMs?: number];
const choice = (id: string): QuestionResponse => ({ type: 'single', choice: id });
const tf = (value: boolean): QuestionResponse => ({ type: 'truefalse', value });
const typed = (text: string): QuestionResponse => ({ type: 'text', text });

async function attempt(
  db: Db,
  userId: string,
  kind: 'LESSON' | 'PRACTICE' | 'EXAM',
  answers: Answer[],
  options: { courseId?: string | null; status?: 'SUBMITTED' | 'IN_PROGRESS' } = {},
) {
  const versions = new Map((await db.question.findMany({ select: { id: true, currentVersionId: true } })).map((q) => [q.id, q.currentVersionId!]));
  await db.quizAttempt.create({
    data: {
      userId,
      kind,
      courseId: kind === 'LESSON' ? null : options.courseId,
      lessonId: kind === 'LESSON' ? 'lesson-ia' : null,
      status: options.status ?? 'SUBMITTED',
      items: {
        create: answers.map(([questionId, score, response, durationMs], position) => ({
          position,
          questionId,
          versionId: versions.get(questionId)!,
          presentation: {},
          response: response ?? undefined,
          durationMs,
          correct: score === 1,
          score,
          partial: score,
          answerKeys: response ? answerKeys(response) : [],
        })),
      },
    },
  });
}

const byId = (stats: ItemStats[]) => new Map(stats.map((s) => [s.questionId, s]));

describe('item analysis (Moodle definitions) on a worked example', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'ia');
  const { courseId } = people;
  await seedBank(db, courseId);
  const second = await createAccount(db, { email: 'ia-second@example.com', password: testPassword, role: 'LEARNER', name: 'Second' });
  await db.cohortMember.create({ data: { cohortId: people.cohort.id, userId: second.id } });

  // Four exam attempts by the instructor's two learners. Item scores (q1 q2 q3 q4), total:
  //   E1: 1 0 0 1 = 2    q1 a, q2 false, q3 y, q4 "Hypervisor"
  //   E2: 1 0 0 1 = 2    q1 a, q2 unanswered, q3 z, q4 " hypervisor "
  //   E3: 1 1 0 1 = 3    q1 a, q2 true, q3 y, q4 "hypervisor"
  //   E4: 0 1 0 0 = 1    q1 b, q2 true, q3 unanswered, q4 "VM"
  await attempt(
    db,
    people.learner.id,
    'EXAM',
    [
      ['q1', 1, choice('a'), 10_000],
      ['q2', 0, tf(false), 5_000],
      ['q3', 0, choice('y')],
      ['q4', 1, typed('Hypervisor')],
    ],
    { courseId },
  );
  await attempt(
    db,
    people.learner.id,
    'EXAM',
    [
      ['q1', 1, choice('a'), 20_000],
      ['q2', 0, null],
      ['q3', 0, choice('z')],
      ['q4', 1, typed(' hypervisor ')],
    ],
    { courseId },
  );
  await attempt(
    db,
    second.id,
    'EXAM',
    [
      ['q1', 1, choice('a'), 30_000],
      ['q2', 1, tf(true), 7_000],
      ['q3', 0, choice('y')],
      ['q4', 1, typed('hypervisor')],
    ],
    { courseId },
  );
  await attempt(
    db,
    second.id,
    'EXAM',
    [
      ['q1', 0, choice('b'), 40_000],
      ['q2', 1, tf(true), 9_000],
      ['q3', 0, null],
      ['q4', 0, typed('VM')],
    ],
    { courseId },
  );
  // Outside the exams: a practice session (its unanswered q2 is left out of facility) and a lesson quiz.
  await attempt(
    db,
    people.learner.id,
    'PRACTICE',
    [
      ['q1', 1, choice('a'), 50_000],
      ['q2', 0, null],
      ['q5', 1, choice('a')],
    ],
    { courseId },
  );
  await attempt(db, second.id, 'LESSON', [['q2', 1, tf(true), 3_000]]);
  // Never counted: an unfinished attempt, and a practice session of another course.
  await attempt(db, people.learner.id, 'EXAM', [['q1', 0, choice('c')]], { courseId, status: 'IN_PROGRESS' });
  await db.course.create({
    data: { id: 'ia-other-course', examCode: 'O', name: 'Other', vendor: 'T', version: '1', description: '', order: 1, minutes: 60, contentHash: 'x' },
  });
  await attempt(db, people.learner.id, 'PRACTICE', [['q1', 0, choice('c')]], { courseId: 'ia-other-course' });
  // The other instructor's learner: visible to them and to admins only.
  await attempt(db, people.otherLearner.id, 'EXAM', [['q1', 0, choice('c'), 60_000]], { courseId });

  it('facility = mean score ÷ max score, over answered items and unanswered exam items', async () => {
    const stats = byId(await analyseItems(db, people.instructor, { courseId }));
    // q1: E1..E4 = 1,1,1,0 and practice 1 → 4/5 = 0.8; mean time (10+20+30+40+50)/5 s = 30 s.
    expect(stats.get('q1')).toMatchObject({ attempts: 5, facility: 0.8, meanTimeMs: 30_000, examAttempts: 4 });
    // q2: E1..E4 = 0,0,1,1 (E2 unanswered, still 0 in the exam) and lesson quiz 1 → 3/5 = 0.6;
    // time over answered items only: (5+7+9+3)/4 s = 6 s.
    expect(stats.get('q2')).toMatchObject({ attempts: 5, facility: 0.6, meanTimeMs: 6_000 });
    // q3: nobody right → 0/4 = 0, no times recorded.
    expect(stats.get('q3')).toMatchObject({ attempts: 4, facility: 0, meanTimeMs: null });
    // q5: one practice answer, right → 1.
    expect(stats.get('q5')).toMatchObject({ attempts: 1, facility: 1, examAttempts: 0, discrimination: null });
    expect(stats.get('q1')!.stem).toBe('Which hypervisor runs on bare metal?');
    expect(stats.get('q3')!.stem).toBe('Which is a vSwitch & a <port>?');
    expect(stats.get('q3')!.optionCounts[0].label).toBe('A virtual switch');
  });

  it('discrimination = correlation of item score with rest-of-test score over exam attempts', async () => {
    const stats = byId(await analyseItems(db, people.instructor, { courseId }));
    // q1: x = 1,1,1,0; rest = total − x = 1,1,2,1. Means 0.75 and 1.25.
    //   Σ(dx·dy) = (.25)(−.25)·2 + (.25)(.75) + (−.75)(−.25) = −.125 + .1875 + .1875 = 0.25
    //   Σdx² = 3·.0625 + .5625 = 0.75; Σdy² = 3·.0625 + .5625 = 0.75 → r = 0.25 / 0.75 = 1/3.
    expect(stats.get('q1')!.discrimination).toBeCloseTo(1 / 3, 10);
    // q2: x = 0,0,1,1; rest = 2,2,2,0. Means 0.5 and 1.5.
    //   Σ(dx·dy) = (−.5)(.5)·2 + (.5)(.5) + (.5)(−1.5) = −.5 + .25 − .75 = −1
    //   Σdx² = 1; Σdy² = .25·3 + 2.25 = 3 → r = −1/√3 ≈ −0.577: the stronger learners miss it.
    expect(stats.get('q2')!.discrimination).toBeCloseTo(-1 / Math.sqrt(3), 10);
    // q3: everybody scores 0, so the item has no variance and r is undefined.
    expect(stats.get('q3')!.discrimination).toBeNull();
    expect(stats.get('q3')!.examAttempts).toBe(4);
  });

  it('counts each option chosen (distractor analysis) and the most frequent typed answers', async () => {
    const stats = byId(await analyseItems(db, people.instructor, { courseId }));
    expect(stats.get('q1')!.optionCounts).toEqual([
      { optionId: 'a', label: 'Type 1', count: 4, correct: true },
      { optionId: 'b', label: 'Type 2', count: 1, correct: false },
      { optionId: 'c', label: 'Neither', count: 0, correct: false },
    ]);
    expect(stats.get('q2')!.optionCounts.map((o) => [o.label, o.count, o.correct])).toEqual([
      ['True', 3, true],
      ['False', 1, false],
    ]);
    expect(stats.get('q3')!.optionCounts.map((o) => o.count)).toEqual([0, 2, 1]);
    expect(stats.get('q4')!.optionCounts).toEqual([
      { optionId: 'hypervisor', label: 'hypervisor', count: 3, correct: true },
      { optionId: 'vm', label: 'vm', count: 1, correct: false },
    ]);
  });

  it('flags nothing on so few answers: every question says n too small', async () => {
    const stats = await analyseItems(db, people.instructor, { courseId });
    expect(stats.map((s) => [s.questionId, s.flags, s.sampleTooSmall])).toEqual([
      ['q1', [], true],
      ['q2', [], true],
      ['q3', [], true],
      ['q4', [], true],
      ['q5', [], true],
    ]);
    expect((await itemFlags(db, people.instructor)).size).toBe(0);
    expect((await itemFlags(db, people.instructor, [])).size).toBe(0);
  });

  it("counts only the viewer's cohorts: another instructor sees their own learners, an admin sees all", async () => {
    const theirs = byId(await analyseItems(db, people.otherInstructor, { courseId }));
    expect(theirs.get('q1')).toMatchObject({
      attempts: 1,
      facility: 0,
      optionCounts: [expect.objectContaining({ count: 0 }), expect.objectContaining({ count: 0 }), expect.objectContaining({ count: 1 })],
    });
    expect(theirs.get('q2')).toMatchObject({ attempts: 0, facility: null, flags: [], sampleTooSmall: true });
    expect(byId(await analyseItems(db, people.admin, { courseId })).get('q1')!.attempts).toBe(6);
    expect(byId(await analyseItems(db, people.instructor, { courseId, cohortId: people.cohort.id })).get('q1')!.attempts).toBe(5);
    await expect(analyseItems(db, people.instructor, { courseId, cohortId: people.otherCohort.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(analyseItems(db, people.instructor, { courseId: 'no-such-course' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(analyseItems(db, people.learner, { courseId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await itemFlags(db, people.otherInstructor)).size).toBe(0);
  });
});

describe('item analysis flags from 30 answers on (Moodle: a few dozen)', async () => {
  const { db } = await createTestDatabase();
  const people = await seedPeople(db, 'ia-n');
  const { courseId } = people;
  await seedBank(db, courseId);
  const learners = [people.learner.id];
  for (let i = 1; i < 30; i++) {
    const learner = await createAccount(db, { email: `ia-n-${i}@example.com`, password: testPassword, role: 'LEARNER', name: `L${i}` });
    await db.cohortMember.create({ data: { cohortId: people.cohort.id, userId: learner.id } });
    learners.push(learner.id);
  }
  // 30 exam attempts, one per learner. q3 is missed by all (facility 0, 30 answers); q5 is got right by
  // all but one of 29 (facility 28/29 = 0.966 > 0.95, but 29 answers). q2 is got right exactly by
  // the learners who miss q1, so stronger learners on the rest do worse on it: negative discrimination.
  for (const [n, userId] of learners.entries()) {
    const strong = n % 2 === 0;
    const answers: Answer[] = [
      ['q1', strong ? 1 : 0, choice(strong ? 'a' : 'b')],
      ['q2', strong ? 0 : 1, tf(!strong)],
      ['q3', 0, choice('y')],
      ['q4', strong ? 1 : 0, typed(strong ? 'hypervisor' : 'VM')],
    ];
    if (n > 0) answers.push(['q5', n === 1 ? 0 : 1, choice(n === 1 ? 'b' : 'a')]);
    await attempt(db, userId, 'EXAM', answers, { courseId });
  }

  it('flags facility and discrimination at 30 answers, and leaves 29 unflagged as n too small', async () => {
    const stats = byId(await analyseItems(db, people.instructor, { courseId }));
    expect(stats.get('q3')).toMatchObject({ attempts: 30, facility: 0, flags: ['too-hard'], sampleTooSmall: false });
    expect(stats.get('q2')).toMatchObject({ attempts: 30, examAttempts: 30, flags: ['negative-discrimination'], sampleTooSmall: false });
    expect(stats.get('q2')!.discrimination).toBeLessThan(0);
    expect(stats.get('q1')).toMatchObject({ attempts: 30, facility: 0.5, flags: [], sampleTooSmall: false });
    expect(stats.get('q5')).toMatchObject({ attempts: 29, flags: [], sampleTooSmall: true });
    expect(stats.get('q5')!.facility).toBeCloseTo(28 / 29, 10);
    expect(Object.fromEntries(await itemFlags(db, people.instructor))).toEqual({ q2: ['negative-discrimination'], q3: ['too-hard'] });
  });
});
