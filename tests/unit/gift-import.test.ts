import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { importGift } from '@/lib/questions/formats/gift-import';

const fixture = (name: string) => readFileSync(`tests/fixtures/questions/${name}`, 'utf8');
const valid = importGift(fixture('valid.gift'), { file: 'valid.gift', lesson: 'lesson-010-switching' });
const byId = (id: string) => valid.questions.find((entry) => entry.question.id === id);

describe('importGift: valid.gift', () => {
  it('imports every supported question with the line it starts on, and no errors', () => {
    expect(valid.lesson).toBe('lesson-010-switching');
    expect(valid.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(valid.questions.map(({ line, question }) => [line, question.id, question.type])).toEqual([
      [6, 'stp-purpose', 'single'],
      [13, 'escapes-everywhere', 'single'],
      [19, 'multi-select', 'multiple'],
      [27, 'trunks-tag', 'truefalse'],
      [29, 'native-vlan', 'truefalse'],
      [33, 'protocol-name', 'text'],
      [39, 'usable-hosts', 'numeric'],
      [41, 'rtt-estimate', 'numeric'],
      [43, 'octet-range', 'numeric'],
      [45, 'mask-bits', 'numeric'],
      [51, 'port-match', 'matching'],
      [59, 'which-layer-is-ip-on-1224sx6', 'single'],
      [64, 'plain-text', 'single'],
      [69, 'moodle-text', 'single'],
    ]);
  });

  it('lists essays and descriptions as skipped instead of dropping them', () => {
    expect(valid.skipped).toEqual([
      { line: 74, title: 'essay', reason: 'essay questions are graded by hand and have no native equivalent' },
      { line: 76, title: 'intro', reason: 'a description has no answer to grade and no native equivalent' },
    ]);
  });

  it('maps a single-answer question with option feedback, general feedback, tags and category', () => {
    expect(byId('stp-purpose')?.question).toEqual({
      id: 'stp-purpose',
      type: 'single',
      stem: 'What does **STP** prevent?',
      options: [
        { id: 'a', text: 'Layer 2 loops', pinned: false, feedback: 'Right: blocking redundant ports breaks loops.' },
        { id: 'b', text: 'Routing loops', pinned: false, feedback: 'That is a Layer 3 problem.' },
        { id: 'c', text: 'Broadcasts', pinned: false },
      ],
      answer: 'a',
      explanation: 'STP blocks redundant links so that **frames** cannot loop forever.',
      difficulty: 'medium',
      tags: ['layer-2', 'stp', 'switching-basics'],
    });
  });

  it('unescapes \\= \\~ \\# \\{ \\} \\: and \\\\, and slugs a title that is not a slug; untagged text is plain, so Markdown is escaped', () => {
    expect(byId('escapes-everywhere')?.question).toMatchObject({
      stem: 'What does 1 = 1 mean in {GIFT}?',
      options: [{ text: 'Equality \\~ sameness', feedback: 'Escaped # hash' }, { text: 'Nothing' }],
      explanation: 'Backslash-escaped : = \\~ # { } come through; so does a \\\\ backslash.',
    });
  });

  it('maps weighted answers to a multiple question whose answer is the positive weights', () => {
    expect(byId('multi-select')?.question).toMatchObject({
      type: 'multiple',
      options: [
        { id: 'a', text: 'OSPF', feedback: 'Yes.' },
        { id: 'b', text: 'IS-IS' },
        { id: 'c', text: 'RIP', feedback: 'No, distance vector.' },
        { id: 'd', text: 'EIGRP' },
      ],
      answer: ['a', 'b'],
    });
  });

  it('maps true/false and takes the next category as tag', () => {
    expect(byId('trunks-tag')?.question).toMatchObject({ type: 'truefalse', answer: true, tags: ['switching-basics'] });
    expect(byId('native-vlan')?.question).toMatchObject({ type: 'truefalse', answer: false });
    expect(byId('protocol-name')?.question).toMatchObject({
      type: 'text',
      accept: ['Address Resolution Protocol', 'address resolution'],
      tags: ['ipv4'],
    });
  });

  it('maps numerical tolerance, range and the 100% answer of several', () => {
    expect(byId('usable-hosts')?.question).toMatchObject({ answer: { value: 62, tolerance: 0 }, explanation: '2^6 - 2 = 62.' });
    expect(byId('rtt-estimate')?.question).toMatchObject({ answer: { value: 1.5, tolerance: 0.5 } });
    expect(byId('octet-range')?.question).toMatchObject({ answer: { min: 0, max: 255 } });
    expect(byId('mask-bits')?.question).toMatchObject({ answer: { value: 8, tolerance: 0 } });
    expect(valid.losses.filter((loss) => loss.line === 45)).toEqual([
      { line: 45, title: 'mask-bits', feature: '1 other numerical answer(s) (50%)', reason: 'a numeric question keeps only its 100% answer' },
      { line: 45, title: 'mask-bits', feature: 'answer feedback', reason: 'a numeric question has no per-answer feedback' },
    ]);
  });

  it('maps matching with shared choices deduplicated and `= -> x` as a distractor', () => {
    expect(byId('port-match')?.question).toMatchObject({
      type: 'matching',
      prompts: [
        { id: 'p1', text: 'SSH', match: 'a' },
        { id: 'p2', text: 'Telnet', match: 'b' },
        { id: 'p3', text: 'SFTP', match: 'a' },
      ],
      choices: [
        { id: 'a', text: '22' },
        { id: 'b', text: '23' },
        { id: 'c', text: '80' },
      ],
    });
  });

  it('keeps html and moodle text raw and escapes Markdown in plain text', () => {
    expect(byId('which-layer-is-ip-on-1224sx6')?.question.stem).toBe('<p>Which <b>layer</b> is IP on?</p>');
    expect(byId('plain-text')?.question.stem).toBe('Is 2\\*3 the same as 2\\_3?');
    expect(byId('moodle-text')?.question.stem).toBe('What is <i>CIDR</i>?');
  });

  it('states the answer as explanation when there is no general feedback, with a warning', () => {
    expect(byId('native-vlan')?.question.explanation).toBe('The statement is false.');
    expect(byId('rtt-estimate')?.question.explanation).toBe('The correct answer is 1.5 (± 0.5).');
    expect(byId('plain-text')?.question.explanation).toBe('The correct answer is: No.');
    const warning = valid.problems.find((p) => p.line === 29);
    expect(warning && formatProblem(warning)).toBe(
      'valid.gift:29: warning: explanation: the file gives no explanation; it was set to the correct answer, write a better one',
    );
    expect(valid.problems.filter((p) => p.field === 'explanation').map((p) => p.line)).toEqual([29, 41, 59, 64, 69]);
  });
});

describe('importGift: errors', () => {
  it('reports syntax errors on their 1-based line and still imports the other questions', () => {
    const result = importGift(fixture('broken.gift'), { file: 'broken.gift' });
    expect(result.problems.map(formatProblem)).toEqual([
      'broken.gift:5: GIFT syntax error: Expected "}" but end of input found.',
      'broken.gift:8: GIFT syntax error: Expected a value between -100 and 100 but "150" found.',
    ]);
    expect(result.questions.map(({ line, question }) => [line, question.id])).toEqual([
      [1, 'good-one'],
      [12, 'still-fine'],
    ]);
    expect(result).not.toHaveProperty('lesson');
  });

  it('reports schema problems at the question line', () => {
    const result = importGift('// comment\n::too-few::Pick two.{~%50%a ~%50%b}\n\n::x::Empty range {#1..0}', { file: 'q.gift' });
    expect(result.questions).toEqual([]);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([
      { file: 'q.gift', line: 2, field: 'options', message: 'needs at least 3 options', severity: 'error' },
      { file: 'q.gift', line: 4, field: 'answer', message: 'min must not exceed max', severity: 'error' },
    ]);
  });

  it('reads a lone = answer as a short answer, as GIFT does', () => {
    const short = importGift('::s::Name it.{=Only}', { file: 'q.gift' });
    expect(short.questions[0].question).toMatchObject({ type: 'text', accept: ['Only'] });
  });

  it('reports duplicate ids with the line of the first one', () => {
    const result = importGift('::same::One?{T}\n\n::same::Two?{F}', { file: 'q.gift' });
    expect(result.questions).toHaveLength(1);
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual(['q.gift:3: id: duplicate id "same" (first used at line 1)']);
  });

  it('skips choice questions that have no native equivalent', () => {
    const result = importGift('::two-right::Pick.{=a =b ~c}\n\n::none::Pick.{~%0%a ~b}', { file: 'q.gift' });
    expect(result.skipped).toEqual([
      { line: 1, title: 'two-right', reason: 'several options are marked fully correct (=) in a single-answer question' },
      { line: 3, title: 'none', reason: 'no option is marked correct' },
    ]);
  });
});

describe('importGift: ids, tags and line endings', () => {
  it('derives a stable id from the stem when there is no title', () => {
    const first = importGift('Which layer does a router work at?{=3 ~2}', { file: 'q.gift' });
    const again = importGift('\r\n\r\nWhich layer does a router work at?{=3 ~2}\r\n', { file: 'q.gift' });
    expect(first.questions[0].question.id).toMatch(/^which-layer-does-a-router-work-at-[0-9a-z]{7}$/);
    expect(again.questions[0]).toEqual({ line: 3, question: first.questions[0].question });
  });

  it('keeps a single positive weight with no = multiple-answer, as Moodle does, and ignores comment-only blocks', () => {
    const result = importGift('// just a comment\n\n::one::Pick.{~%100%a ~b ~c}', { file: 'q.gift' });
    expect(result.questions[0]).toMatchObject({
      line: 3,
      question: {
        type: 'multiple',
        answer: ['a'],
        options: [
          { id: 'a', credit: 100 },
          { id: 'b', credit: 0 },
          { id: 'c', credit: 0 },
        ],
      },
    });
  });

  it('tags from the last segment of the category path, until the next category', () => {
    const text = '$CATEGORY: top/Routing & Switching\n\n::a::A?{T}\n\n$CATEGORY: $course$\n\n::b::B?{T}';
    const result = importGift(text, { file: 'q.gift' });
    expect(result.questions.map((q) => q.question.tags)).toEqual([['routing-switching'], ['course']]);
  });
});
