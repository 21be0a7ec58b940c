import { randomUUID } from 'node:crypto';
import { contentHash } from '../../lib/content/content-files';
import type { Db } from '../../lib/db/client';
import { questionSchema, type Question, type QuestionType } from '../../lib/questions/schema';

export type SeededBank = { questions: number; byType: Record<string, number>; byDomain: Record<string, number> };

// Roughly what a certification bank holds: mostly single answer, a few of each "performance" type.
const typeMix: Array<[QuestionType, number]> = [
  ['single', 55],
  ['multiple', 15],
  ['truefalse', 8],
  ['matching', 6],
  ['numeric', 6],
  ['ordering', 5],
  ['text', 5],
];
const difficultyMix: Array<['easy' | 'medium' | 'hard', number]> = [
  ['easy', 30],
  ['medium', 50],
  ['hard', 20],
];
// Deliberately unlike the blueprint (23/20/19/14/24), yet every domain has hundreds of questions
// per seat, so a full exam is drawn exactly to its targets and nothing is redistributed.
const domainMix: Record<string, number> = { '1.0': 30, '2.0': 12, '3.0': 26, '4.0': 7, '5.0': 25 };
const secondObjectiveShare = 0.2;
const chunk = 1000;

/** Seeded, so two runs draw from the same bank. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(entries: Array<[T, number]>, random: () => number): T {
  let left = random() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) if ((left -= w) < 0) return value;
  return entries[entries.length - 1][0];
}

function shuffled<T>(list: T[], random: () => number): T[] {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, k) => `${prefix}${k + 1}`);

function typeFields(type: QuestionType, n: number, random: () => number) {
  switch (type) {
    case 'single': {
      const options = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Option ${id} of question ${n}`, pinned: false }));
      // Now and then a pinned last option, as authors write "None of the above".
      if (random() < 0.1) options[3] = { id: 'd', text: 'None of the above', pinned: true };
      return { type, options, answer: options[Math.floor(random() * 4)].id };
    }
    case 'multiple': {
      const options = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, text: `Option ${id} of question ${n}` }));
      return {
        type,
        options,
        answer: shuffled(
          options.map((o) => o.id),
          random,
        )
          .slice(0, random() < 0.7 ? 2 : 3)
          .sort(),
      };
    }
    case 'truefalse':
      return { type, answer: random() < 0.5 };
    case 'ordering':
      return { type, items: ids('i', 4 + Math.floor(random() * 3)).map((id) => ({ id, text: `Step ${id} of question ${n}` })) };
    case 'matching': {
      const prompts = ids('p', 3 + Math.floor(random() * 2));
      const choices = ids('c', prompts.length + 1);
      const matches = shuffled(choices, random);
      return {
        type,
        prompts: prompts.map((id, k) => ({ id, text: `Prompt ${id} of question ${n}`, match: matches[k] })),
        choices: choices.map((id) => ({ id, text: `Choice ${id} of question ${n}` })),
      };
    }
    case 'text':
      return { type, accept: [`term ${n}`, `the term ${n}`] };
    case 'numeric':
      return random() < 0.5
        ? { type, answer: { value: 2 ** (1 + (n % 12)) - 2, tolerance: 0 }, unit: 'hosts' }
        : { type, answer: { min: n % 100, max: (n % 100) + 5 }, unit: 'ms' };
  }
}

/** The keys renderQuestion writes; plain generated text needs no Markdown pass. */
function htmlOf(question: Question): Record<string, string> {
  const html: Record<string, string> = { stem: `<p>${question.stem}</p>`, explanation: `<p>${question.explanation}</p>` };
  if (question.type === 'single' || question.type === 'multiple') question.options.forEach((o) => (html[`option:${o.id}`] = o.text));
  if (question.type === 'ordering') question.items.forEach((i) => (html[`item:${i.id}`] = i.text));
  if (question.type === 'matching') {
    question.prompts.forEach((p) => (html[`prompt:${p.id}`] = p.text));
    question.choices.forEach((c) => (html[`choice:${c.id}`] = c.text));
  }
  return html;
}

/**
 * Adds `count` valid questions of every type to a course already synced (its objectives and
 * some lessons must exist), each with one current version, as syncQuestions would store them.
 */
export async function seedQuestionBank(db: Db, options: { courseId: string; count: number; seed?: number }): Promise<SeededBank> {
  const random = mulberry32(options.seed ?? 1);
  const objectives = await db.objective.findMany({
    where: { courseId: options.courseId },
    select: { id: true, code: true, domain: { select: { code: true } } },
    orderBy: { order: 'asc' },
  });
  const lessonIds = (await db.lesson.findMany({ where: { archivedAt: null, draft: false }, select: { id: true }, orderBy: { id: 'asc' } })).map((l) => l.id);
  if (objectives.length === 0 || lessonIds.length === 0) throw new Error(`course ${options.courseId} has no objectives or no lessons: sync the content first`);
  type Objective = (typeof objectives)[number];
  // Within a domain the first objectives hold most questions, as real banks are lopsided too.
  const inDomain = new Map(
    Object.keys(domainMix).map((code) => [code, objectives.filter((o) => o.domain.code === code).map((o, k) => [o, 1 / (k + 1)] as [Objective, number])]),
  );

  const questions: Array<{ id: string; lessonId: string; versionId: string; hash: string; body: Question; objectiveIds: string[] }> = [];
  const counts: SeededBank = { questions: options.count, byType: {}, byDomain: {} };
  for (let n = 1; n <= options.count; n++) {
    const primary = weighted(inDomain.get(weighted(Object.entries(domainMix), random))!, random);
    const second = random() < secondObjectiveShare ? objectives[Math.floor(random() * objectives.length)] : primary;
    const codes = [...new Set([primary.code, second.code])];
    const body = questionSchema.parse({
      id: `bench-q-${String(n).padStart(5, '0')}`,
      stem: `Generated question ${n} on objective ${codes.join(' and ')}?`,
      explanation: `Generated explanation ${n}.`,
      objectives: { [options.courseId]: codes },
      difficulty: weighted(difficultyMix, random),
      ...typeFields(weighted(typeMix, random), n, random),
    });
    questions.push({
      id: body.id,
      lessonId: lessonIds[n % lessonIds.length],
      versionId: randomUUID(),
      hash: contentHash(JSON.stringify(body)),
      body,
      objectiveIds: [...new Set([primary.id, second.id])],
    });
    counts.byType[body.type] = (counts.byType[body.type] ?? 0) + 1;
    counts.byDomain[primary.domain.code] = (counts.byDomain[primary.domain.code] ?? 0) + 1;
  }

  for (let i = 0; i < questions.length; i += chunk) {
    const part = questions.slice(i, i + chunk);
    await db.question.createMany({
      data: part.map((q) => ({
        id: q.id,
        lessonId: q.lessonId,
        type: q.body.type,
        difficulty: q.body.difficulty,
        tags: q.body.tags,
        sourcePath: 'generated by tests/bench/generate-question-bank.ts',
        contentHash: q.hash,
      })),
    });
    await db.questionVersion.createMany({
      data: part.map((q) => ({ id: q.versionId, questionId: q.id, version: 1, hash: q.hash, body: q.body, html: htmlOf(q.body) })),
    });
    await db.questionObjective.createMany({ data: part.flatMap((q) => q.objectiveIds.map((objectiveId) => ({ questionId: q.id, objectiveId }))) });
  }
  // A question and its version point at each other, so the link is set once both exist.
  await db.$executeRaw`UPDATE "Question" q SET "currentVersionId" = v.id FROM "QuestionVersion" v WHERE v."questionId" = q.id AND q."currentVersionId" IS NULL`;
  return counts;
}
