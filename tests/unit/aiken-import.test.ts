import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '@/lib/content/problems';
import { importAiken } from '@/lib/questions/formats/aiken-import';

const fixture = (name: string) => readFileSync(`tests/fixtures/questions/${name}`, 'utf8');

describe('importAiken: valid.aiken.txt', () => {
  const result = importAiken(fixture('valid.aiken.txt'), { file: 'valid.aiken.txt', lesson: 'lesson-020-ospf' });

  it('imports single questions with their lines, ids from the stem and options a, b, …', () => {
    expect(result.lesson).toBe('lesson-020-ospf');
    expect(result.skipped).toEqual([]);
    expect(result.questions[0]).toEqual({
      line: 1,
      question: {
        id: expect.stringMatching(/^what-is-the-default-administrative-[0-9a-z]{7}$/),
        type: 'single',
        stem: 'What is the default administrative distance of OSPF?',
        options: [
          { id: 'a', text: '90', pinned: false },
          { id: 'b', text: '110', pinned: false },
          { id: 'c', text: '120', pinned: false },
          { id: 'd', text: '1', pinned: false },
        ],
        answer: 'b',
        explanation: 'The correct answer is: 110.',
        difficulty: 'medium',
        tags: [],
      },
    });
  });

  it('reads multi-line stems, "A)" options, lowercase answer letters and no blank line before the next question', () => {
    expect(result.questions.map(({ line, question }) => [line, question.type === 'single' && question.answer])).toEqual([
      [1, 'b'],
      [8, 'b'],
      [14, 'b'],
    ]);
    expect(result.questions[1].question).toMatchObject({
      stem: 'Which device works at Layer 2\nof the OSI model?',
      options: [{ text: 'Hub' }, { text: 'Switch' }, { text: 'Router' }],
    });
  });

  it('escapes Markdown in the plain text, leaving dotted numbers alone', () => {
    expect(result.questions[2].question).toMatchObject({
      stem: 'Which wildcard matches \\*every\\* host?',
      options: [{ text: '0.0.0.0' }, { text: '255.255.255.255' }],
    });
  });

  it('warns, once per question, that the explanation was derived', () => {
    expect(result.problems.map(formatProblem)).toEqual(
      [1, 8, 14].map(
        (line) => `valid.aiken.txt:${line}: warning: explanation: the file gives no explanation; it was set to the correct answer, write a better one`,
      ),
    );
  });

  it('gives the same id for the same stem', () => {
    const again = importAiken(`\n${fixture('valid.aiken.txt')}`, { file: 'x' });
    expect(again.questions.map((q) => q.question.id)).toEqual(result.questions.map((q) => q.question.id));
    expect(again.questions[0].line).toBe(2);
  });
});

describe('importAiken: broken.aiken.txt', () => {
  const result = importAiken(fixture('broken.aiken.txt'), { file: 'broken.aiken.txt' });

  it('reports every error on its line', () => {
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([
      'broken.aiken.txt:1: option "A" comes before any question text',
      'broken.aiken.txt:8: ANSWER "C" is not one of the options (A, B)',
      'broken.aiken.txt:10: the question needs at least 2 options (found 1)',
      'broken.aiken.txt:14: the question has no "ANSWER:" line',
      'broken.aiken.txt:23: the question has no "ANSWER:" line',
    ]);
  });

  it('still imports the valid question among them', () => {
    expect(result.questions.map(({ line, question }) => [line, question.stem])).toEqual([[18, 'Which protocol resolves names?']]);
  });
});

describe('importAiken: edge cases', () => {
  it('reports an ANSWER line with no question, and duplicate option letters', () => {
    const result = importAiken('ANSWER: A\n\nQ?\nA. x\nA. y\nANSWER: A', { file: 'q.txt' });
    expect(result.questions).toEqual([]);
    expect(result.problems.map(formatProblem)).toEqual(['q.txt:1: "ANSWER:" line without a question', 'q.txt:5: option "A" appears twice']);
  });

  it('starts a new question after stray options without swallowing it', () => {
    const result = importAiken('A. stray\nB. stray\nReal question?\nA. x\nB. y\nANSWER: B', { file: 'q.txt' });
    expect(result.problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual(['q.txt:1: option "A" comes before any question text']);
    expect(result.questions).toMatchObject([{ line: 3, question: { stem: 'Real question?', answer: 'b' } }]);
  });

  it('reports duplicate questions', () => {
    const one = 'Same?\nA. x\nB. y\nANSWER: A\n';
    const result = importAiken(`${one}\n${one}`, { file: 'q.txt' });
    expect(result.questions).toHaveLength(1);
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.line)).toEqual([6]);
  });
});
