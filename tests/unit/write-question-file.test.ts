import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeQuestions } from '@/lib/questions/merge-question-file';
import { questionFileSchema, questionSchema, type Question, type QuestionFile } from '@/lib/questions/schema';
import { questionFileYaml } from '@/lib/questions/write-question-file';

const q = (input: object): Question => questionSchema.parse({ explanation: 'Because.', ...input });
const read = (yaml: string) => questionFileSchema.parse(parse(yaml));

const tricky = [
  'key: value',
  '"fully quoted"',
  "it's",
  '- starts like a list item',
  '#starts like a comment',
  'has # a hash and a trailing colon:',
  '@at `code` *emph* & amp ! bang % percent | pipe > gt',
  '[link](https://example.com/a=b) {brace} ~ tilde',
  'true',
  '123',
  'null',
  'tab\there',
  'back\\slash and \\n literal',
  'unicode – é 中文 🙂',
  'control \u0007 bell',
];

const markdown = [
  'Which command sets a default route? Watch: the "gateway" is `10.0.0.1`.',
  '',
  '- first item',
  '- second: with colon',
  '',
  '# Heading',
  '',
  '```',
  'router(config)# ip route 0.0.0.0 0.0.0.0 10.0.0.1',
  '    indented: code line',
  '```',
  '',
  '---',
  '...',
  'line with trailing spaces   ',
  '   ',
  'last line',
].join('\n');

const questions: Question[] = [
  q({
    id: 'single-tricky',
    type: 'single',
    stem: markdown,
    explanation: `${markdown}\n\nMore: "why"`,
    difficulty: 'hard',
    tags: ['true', '1', 'ospf'],
    section: 'default-routes',
    objectives: { 'ccna-200-301': ['1.12', '2.10'], 'network-plus-n10-009': ['1.2'] },
    options: tricky.map((text, i) => ({ id: ['1', 'true', 'null', 'a-b', 'Z_9'][i] ?? `o${i}`, text })),
    answer: 'null',
  }),
  q({
    id: 'null',
    type: 'multiple',
    stem: 'Choose two: "which"?',
    options: [
      { id: 'a', text: 'One', feedback: 'Right: "yes"' },
      { id: 'b', text: 'Two\n\n```\nshow run\n```', feedback: '- dash' },
      { id: 'c', text: 'None of the above', pinned: true, feedback: '' },
    ],
    answer: ['a', 'b'],
  }),
  q({ id: 'tf-true', type: 'truefalse', stem: 'True: really?', answer: true, difficulty: 'easy' }),
  q({ id: 'tf-false', type: 'truefalse', stem: '- no', answer: false, explanation: 'Windows line\r\nendings' }),
  q({ id: 'order', type: 'ordering', stem: 'Order: these', items: ['POST', '# bootstrap', 'IOS: load'].map((text, i) => ({ id: `i${i + 1}`, text })) }),
  q({
    id: 'match',
    type: 'matching',
    stem: 'Match',
    prompts: [
      { id: 'p1', text: 'SSH: secure', match: 'c1' },
      { id: 'p2', text: 'SFTP\nover SSH', match: 'c1' },
    ],
    choices: [
      { id: 'c1', text: '22' },
      { id: 'c2', text: '"80"' },
    ],
  }),
  q({ id: 'text-flow', type: 'text', stem: 'Name it', accept: ['a: b', '- dash', '"quoted"', '#hash'] }),
  q({ id: 'text-block', type: 'text', stem: 'Name it', accept: ['one', 'multi\nline'] }),
  q({ id: 'num-tolerance', type: 'numeric', stem: 'Delay?', answer: { value: -2.5, tolerance: 0.25 }, unit: 'ms: round trip' }),
  q({ id: 'num-exact', type: 'numeric', stem: 'Tiny?', answer: { value: 1e-7 }, unit: '#' }),
  q({ id: 'num-huge', type: 'numeric', stem: 'Huge?', answer: { value: 1.5e21, tolerance: 1e20 } }),
  q({ id: 'num-range', type: 'numeric', stem: 'Range?', answer: { min: -1, max: 5.5 }, unit: '' }),
];

describe('questionFileYaml', () => {
  it('reads back through questionFileSchema as exactly the same questions, for every type and tricky strings', () => {
    const file: QuestionFile = { lesson: 'lesson-001-virtualization-fundamentals', questions };
    expect(read(questionFileYaml(file))).toStrictEqual(file);
    for (const question of questions) expect(read(questionFileYaml({ lesson: 'x', questions: [question] })).questions).toStrictEqual([question]);
  });

  it('writes the house style and leaves out schema defaults', () => {
    const yaml = questionFileYaml({
      lesson: 'lesson-x',
      questions: [
        q({
          id: 'a-q',
          type: 'single',
          stem: 'Line one\nline two: "quoted"',
          options: [
            { id: 'a', text: 'Yes' },
            { id: 'b', text: 'No: "never"' },
          ],
          answer: 'a',
          tags: ['t1', 't2'],
        }),
        q({ id: 'b-q', type: 'numeric', stem: 'How many?', answer: { value: 62 }, unit: 'hosts', explanation: 'Two\nlines.' }),
      ],
    });
    expect(yaml).toBe(
      [
        'lesson: lesson-x',
        'questions:',
        '  - id: a-q',
        '    type: single',
        '    tags: [t1, t2]',
        '    stem: |',
        '      Line one',
        '      line two: "quoted"',
        '    options:',
        '      - { id: a, text: "Yes" }',
        '      - { id: b, text: "No: \\"never\\"" }',
        '    answer: a',
        '    explanation: |',
        '      Because.',
        '',
        '  - id: b-q',
        '    type: numeric',
        '    stem: |',
        '      How many?',
        '    answer: { value: 62 }',
        '    unit: hosts',
        '    explanation: |',
        '      Two',
        '      lines.',
        '',
      ].join('\n'),
    );
    expect(yaml).not.toMatch(/pinned|difficulty|tolerance/);
  });

  it('writes an entry with multi-line text as a block map with `|` text', () => {
    const yaml = questionFileYaml({ lesson: 'x', questions: [questions[1]] });
    expect(yaml).toContain('      - id: b\n        text: |\n          Two\n\n          ```\n          show run\n          ```\n        feedback: "- dash"\n');
    expect(yaml).toContain('      - { id: c, text: "None of the above", pinned: true, feedback: "" }\n');
  });

  it('reproduces the hand-written question files, apart from the defaults they spell out', () => {
    const dir = 'content/lessons/chapter-001-virtualization-cloud';
    const files = readdirSync(dir).filter((name) => name.endsWith('.questions.yaml'));
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readFileSync(path.join(dir, name), 'utf8');
      const withoutDefaults = text.replace(/^ +difficulty: medium\n/gm, '').replace(/, tolerance: 0 \}/g, ' }');
      expect(questionFileYaml(read(text)), name).toBe(withoutDefaults);
    }
  });
});

describe('mergeQuestions', () => {
  const existing = [
    '# Hand-written; comments and explicit defaults stay.',
    'lesson: lesson-x',
    'questions:',
    '  - id: first',
    '    type: truefalse',
    '    difficulty: medium',
    '    stem: First?',
    '    answer: true',
    '    explanation: "Yes."',
    '',
    '  # about the second',
    '  - id: second',
    '    type: truefalse',
    '    stem: Second?',
    '    answer: false',
    '    explanation: No.',
    '',
  ].join('\n');
  const added = q({ id: 'third', type: 'text', stem: 'Third: name it', accept: ['x'] });

  it('appends new questions after the last one, keeping the existing text byte for byte', () => {
    const merged = mergeQuestions(existing, 'lesson-x', [added], 'file.yaml');
    expect(merged).toBe(
      `${existing}\n  - id: third\n    type: text\n    stem: |\n      Third: name it\n    accept: ["x"]\n    explanation: |\n      Because.\n`,
    );
    expect(read(merged).questions.map((question) => question.id)).toEqual(['first', 'second', 'third']);
  });

  it('replaces a question with the same id in place', () => {
    const replacement = q({
      id: 'first',
      type: 'single',
      stem: 'Now a choice',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
      answer: 'b',
    });
    const merged = mergeQuestions(existing, 'lesson-x', [replacement, added], 'file.yaml');
    expect(read(merged).questions).toStrictEqual([replacement, read(existing).questions[1], added]);
    expect(merged.startsWith('# Hand-written; comments and explicit defaults stay.\nlesson: lesson-x\nquestions:\n  - id: first\n    type: single\n')).toBe(
      true,
    );
    expect(merged).toContain('\n\n  # about the second\n  - id: second\n');
  });

  it('works with items at column 0 and no final newline', () => {
    const compact = 'lesson: lesson-x\nquestions:\n- id: first\n  type: truefalse\n  stem: First?\n  answer: true\n  explanation: "Yes."';
    const merged = mergeQuestions(compact, 'lesson-x', [added], 'file.yaml');
    expect(merged).toBe(`${compact}\n\n- id: third\n  type: text\n  stem: |\n    Third: name it\n  accept: ["x"]\n  explanation: |\n    Because.\n`);
  });

  it('refuses a file of another lesson or with a flow list', () => {
    expect(() => mergeQuestions(existing, 'lesson-y', [added], 'file.yaml')).toThrow(/file\.yaml must be a valid question file for lesson lesson-y/);
    const flow = 'lesson: lesson-x\nquestions: [{ id: first, type: truefalse, stem: "F?", answer: true, explanation: "Yes." }]\n';
    expect(() => mergeQuestions(flow, 'lesson-x', [added], 'file.yaml')).toThrow(/as a block list/);
  });
});
