import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exportGift } from '@/lib/questions/formats/gift-export';
import { importGift } from '@/lib/questions/formats/gift-import';
import { questionFileSchema, questionSchema, type Question } from '@/lib/questions/schema';
import { shownQuestion } from '@/lib/questions/shown-question';
import { comparableByText } from '../helpers/comparable-question';

const comparable = (question: Question) => ({ ...comparableByText(question), tags: question.tags });

/** What GIFT should give back: ordering is left out, a generated entry comes back as its frozen variants. */
function expected(questions: Question[], variants: number): Question[] {
  return questions.flatMap((question) => {
    if (question.type === 'ordering') return [];
    if (question.type !== 'generated') return [question];
    return Array.from({ length: variants }, (_, i) => ({ ...shownQuestion(question, i + 1), id: `${question.id}-v${i + 1}` }));
  });
}

function roundTrip(questions: Question[]) {
  const { gift } = exportGift(questions, { variants: 2 });
  const result = importGift(gift, { file: 'export.gift' });
  expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(result.skipped).toEqual([]);
  expect(result.losses).toEqual([]);
  expect(result.questions.map((entry) => comparable(entry.question))).toEqual(expected(questions, 2).map(comparable));
}

const awkward = '~ = # { } : -> \\ [ ] ` * _ <b>bold</b> &amp; 50% #### ::x:: // not a comment — ünïcødé 日本語 🙂';
const q = (input: object) => questionSchema.parse({ explanation: `Because ${awkward}`, tags: ['special'], ...input });

/** Every type with every character GIFT, Markdown and HTML treat specially, in every text. */
const synthetic: Question[] = [
  q({
    id: 'single-awkward',
    type: 'single',
    stem: `**Markdown** stem with ${awkward}\n\n- a list\n- of two\n\n\`\`\`\nR1->R2 {x}\n\`\`\``,
    options: [
      { id: 'a', text: `R1->R2->R3 ${awkward}`, feedback: `Feedback ${awkward}` },
      { id: 'b', text: '[a link](https://example.com/?a=b#c)' },
      { id: 'c', text: '%25% not a weight' },
      { id: 'd', text: '[markdown] not a tag' },
    ],
    answer: 'a',
  }),
  q({
    id: 'multiple-credit',
    type: 'multiple',
    stem: `Credits ${awkward}`,
    options: [
      { id: 'a', text: 'A -> B', credit: 60 },
      { id: 'b', text: 'C = D', credit: 40, feedback: '# not a heading' },
      { id: 'c', text: 'E ~ F', credit: -50 },
      { id: 'd', text: '{G}', credit: 0 },
    ],
    answer: ['a', 'b'],
  }),
  q({
    id: 'multiple-one',
    type: 'multiple',
    stem: 'One right option, still multiple-answer.',
    options: [
      { id: 'a', text: 'Right' },
      { id: 'b', text: 'Wrong' },
      { id: 'c', text: 'Also wrong' },
    ],
    answer: ['a'],
  }),
  q({ id: 'tf-feedback', type: 'truefalse', stem: `True? ${awkward}`, answer: true, feedback: { true: `Yes ${awkward}`, false: 'No -> think again' } }),
  q({ id: 'tf-one-feedback', type: 'truefalse', stem: 'False?', answer: false, feedback: { true: 'Only the wrong answer has feedback.' } }),
  q({ id: 'text-arrows', type: 'text', stem: 'Path?', accept: ['R1->R2', 'R1 -> R2 -> R3', 'a\\b {c} ~d =e #f :g', 'ünïcødé'] }),
  q({ id: 'text-one-arrow', type: 'text', stem: 'Path?', accept: ['a->b'] }),
  q({ id: 'numeric-awkward', type: 'numeric', stem: `How many? ${awkward}`, answer: { value: -0.5, tolerance: 0.25 } }),
  q({
    id: 'matching-awkward',
    type: 'matching',
    stem: `Match ${awkward}`,
    prompts: [
      { id: 'p1', text: 'A -> B = c', match: 'x' },
      { id: 'p2', text: '<i>html</i> {x}', match: 'y' },
    ],
    choices: [
      { id: 'x', text: '1 ~ one' },
      { id: 'y', text: '2: two #' },
      { id: 'z', text: 'ünïcødé distractor' },
    ],
  }),
];

describe('GIFT export then import', () => {
  it('gives back every question of the shipped bank that GIFT can hold', () => {
    const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.questions.yaml'))
      .sort()
      .map((file) => path.join('content', file));
    expect(files.length).toBeGreaterThan(10);
    const questions = files.flatMap((file) => questionFileSchema.parse(parse(readFileSync(file, 'utf8'))).questions);
    roundTrip(questions);
  });

  it('gives back a synthetic bank full of GIFT, Markdown and HTML specials and unicode', () => {
    roundTrip(synthetic);
    const { gift } = exportGift(synthetic);
    const back = importGift(gift, { file: 'x' }).questions.map((entry) => entry.question);
    expect(back.map((question) => question.type)).toEqual(synthetic.map((question) => question.type));
  });
});
