import { parse } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { exportGift } from '@/lib/questions/formats/gift-export';
import { plainNumber } from '@/lib/questions/formats/gift-text';
import { importGift } from '@/lib/questions/formats/gift-import';
import { questionSchema, type Question } from '@/lib/questions/schema';
import { comparableByText } from '../helpers/comparable-question';

const specials = 'Escapes: = ~ # { } : and \\ backslash, a literal \\n, 50% and ####';
const q = (input: object) => questionSchema.parse({ explanation: `Why: ${specials}`, tags: ['ospf', 'routing'], ...input });

const questions: Question[] = [
  q({
    id: 'single-choice',
    type: 'single',
    stem: `Which one? ${specials}\n\nSecond paragraph with a list:\n\n- one\n- two\n\n\`\`\`\nshow ip route\n\`\`\``,
    options: [
      { id: 'a', text: 'Plain', feedback: 'Feedback: {with} #specials' },
      { id: 'b', text: '%50% is not a weight' },
      { id: 'c', text: '[a link](https://example.com/a=b)', feedback: '[markdown] in feedback' },
    ],
    answer: 'b',
  }),
  q({
    id: 'multiple-choice',
    type: 'multiple',
    stem: 'Choose three.',
    options: [
      { id: 'w', text: 'One', feedback: 'yes' },
      { id: 'x', text: 'Two' },
      { id: 'y', text: 'Three = 3' },
      { id: 'z', text: 'Wrong ~ option', feedback: 'no' },
    ],
    answer: ['y', 'w', 'x'],
  }),
  q({ id: 'true-false', type: 'truefalse', stem: 'True: really?', answer: true }),
  q({ id: 'false-one', type: 'truefalse', stem: 'False?', answer: false, tags: [] }),
  q({ id: 'short-text', type: 'text', stem: 'Name it.', accept: ['Spanning Tree', 'STP {802.1D}', '%percent', 'a->b? no'] }),
  q({ id: 'numeric-tolerance', type: 'numeric', stem: 'Delay?', answer: { value: -2.5, tolerance: 0.25 } }),
  q({ id: 'numeric-exact', type: 'numeric', stem: 'Tiny?', answer: { value: 1e-7, tolerance: 0 } }),
  q({ id: 'numeric-huge', type: 'numeric', stem: 'Huge?', answer: { value: 1.5e21, tolerance: 1e20 } }),
  q({ id: 'numeric-range', type: 'numeric', stem: 'Range?', answer: { min: -1, max: 5.5 } }),
  q({
    id: 'matching',
    type: 'matching',
    stem: 'Match: ports',
    prompts: [
      { id: 'ssh', text: 'SSH = secure', match: 'p22' },
      { id: 'sftp', text: 'SFTP', match: 'p22' },
      { id: 'telnet', text: '[Telnet](https://example.com)', match: 'p23' },
    ],
    choices: [
      { id: 'p80', text: '80 {http}' },
      { id: 'p22', text: '22: ssh' },
      { id: 'p23', text: '23 #telnet' },
    ],
  }),
];

/** With categories exported, tags survive the round trip too. */
const comparable = (question: Question) => ({ ...comparableByText(question), tags: question.tags });

describe('GIFT round trip', () => {
  it('gives back every question (ids, stems, options, answers, feedback, explanation, tags)', () => {
    const { gift, skipped } = exportGift(questions);
    expect(skipped).toEqual([]);
    const result = importGift(gift, { file: 'export.gift' });
    expect(result.problems).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.questions.map((entry) => comparable(entry.question))).toEqual(questions.map(comparable));
  });

  it('keeps option ids exactly when they are a, b, c', () => {
    const [single] = importGift(exportGift([questions[0]]).gift, { file: 'x' }).questions;
    expect(single.question).toEqual(questions[0]);
  });

  it('adds the category as a tag', () => {
    const { gift } = exportGift(questions, { category: '$course$/Netprep/IPv4 Addressing' });
    expect(gift.startsWith('$CATEGORY: $course$/Netprep/IPv4 Addressing\n\n')).toBe(true);
    const result = importGift(gift, { file: 'export.gift' });
    expect(result.questions.map((entry) => entry.question.tags)).toEqual(questions.map((question) => [...question.tags, 'ipv4-addressing']));
    expect(result.questions.map((entry) => comparable({ ...entry.question, tags: [] }))).toEqual(
      questions.map((question) => comparable({ ...question, tags: [] })),
    );
  });

  it('is one GIFT document that gift-pegjs parses as a whole, as Moodle reads it', () => {
    const { gift } = exportGift(questions, { category: 'netprep' });
    expect(parse(gift).map((node) => node.type)).toEqual([
      'Category',
      'MC',
      'MC',
      'TF',
      'TF',
      'Short',
      'Numerical',
      'Numerical',
      'Numerical',
      'Numerical',
      'Matching',
    ]);
  });
});

describe('exportGift', () => {
  it('writes weights that mirror partial credit: +100/n on right options, −100/n on wrong ones', () => {
    const { gift } = exportGift([questions[1]]);
    expect(gift).toBe(
      [
        '// [tag:ospf] [tag:routing]',
        '::multiple-choice::[markdown]Choose three.{',
        '\t~%33.33333%One#yes',
        '\t~%33.33333%Two',
        '\t~%33.33333%Three \\= 3',
        '\t~%-33.33333%Wrong \\~ option#no',
        `\t####Why\\: Escapes\\: \\= \\~ \\# \\{ \\} \\: and \\\\ backslash, a literal \\\\n, 50% and \\#\\#\\#\\#`,
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes numbers without exponents, and tolerance only when there is one', () => {
    expect(exportGift([questions[6]]).gift).toContain('{#0.0000001\n');
    expect(exportGift([questions[7]]).gift).toContain('{#1500000000000000000000:100000000000000000000\n');
    expect(exportGift([questions[8]]).gift).toContain('{#-1..5.5\n');
    expect(exportGift([questions[3]]).gift).toBe(
      '::false-one::[markdown]False?{FALSE\n\t####Why\\: Escapes\\: \\= \\~ \\# \\{ \\} \\: and \\\\ backslash, a literal \\\\n, 50% and \\#\\#\\#\\#\n}\n',
    );
    expect([0, -0.5, 123.456, 1e-7, -2.5e-10, 1.5e21, 1e300].map(plainNumber)).toEqual([
      '0',
      '-0.5',
      '123.456',
      '0.0000001',
      '-0.00000000025',
      '1500000000000000000000',
      `1${'0'.repeat(300)}`,
    ]);
  });

  it('writes matching distractors as Moodle does, `= -> choice`', () => {
    const { gift } = exportGift([questions[9]]);
    expect(gift).toContain(
      '\t=SSH \\= secure -> 22\\: ssh\n\t=SFTP -> 22\\: ssh\n\t=[markdown][Telnet](https\\://example.com) -> 23 \\#telnet\n\t= -> 80 \\{http\\}\n',
    );
  });

  it('writes "->" in a matching prompt so that it renders the same', () => {
    const arrow = q({
      ...questions[9],
      prompts: [
        { id: 'a', text: 'A -> B', match: 'p22' },
        { id: 'b', text: 'C', match: 'p23' },
      ],
    });
    expect(exportGift([arrow]).gift).toContain('\t=A -\\> B -> 22\\: ssh\n');
    const [back] = importGift(exportGift([arrow]).gift, { file: 'x' }).questions;
    expect(back.question).toMatchObject({ prompts: [{ text: 'A -> B' }, { text: 'C' }] });
  });

  it('leaves ordering questions out with a comment and lists them as skipped', () => {
    const ordering = q({ id: 'boot-order', type: 'ordering', stem: 'Order', items: ['POST', 'bootstrap', 'IOS'].map((text, i) => ({ id: `s${i}`, text })) });
    const result = exportGift([questions[2], ordering]);
    expect(result.skipped).toEqual([{ id: 'boot-order', reason: 'GIFT has no ordering question type' }]);
    expect(result.gift).toContain('\n\n// netprep: ordering question boot-order not expressible in GIFT\n');
    expect(importGift(result.gift, { file: 'x' }).questions.map((entry) => entry.question.id)).toEqual(['true-false']);
  });
});
