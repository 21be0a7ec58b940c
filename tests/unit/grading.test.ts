import { describe, expect, it } from 'vitest';
import { correctResponse, gradeResponse, normalizeText, parseLearnerNumber } from '@/lib/questions/grading';
import { questionSchema, type Question, type QuestionOf, type QuestionResponse } from '@/lib/questions/schema';

const common = { stem: 'Stem?', explanation: 'Because.' };
const options = (...ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));

const single = questionSchema.parse({ ...common, id: 'single', type: 'single', options: options('a', 'b', 'c'), answer: 'b' });
const multiple = questionSchema.parse({ ...common, id: 'multiple', type: 'multiple', options: options('a', 'b', 'c', 'd'), answer: ['a', 'c'] });
const trueFalse = questionSchema.parse({ ...common, id: 'tf', type: 'truefalse', answer: false });
const ordering = questionSchema.parse({
  ...common,
  id: 'ordering',
  type: 'ordering',
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
});
const matching = questionSchema.parse({
  ...common,
  id: 'matching',
  type: 'matching',
  prompts: [
    { id: 'p1', text: 'One', match: 'x' },
    { id: 'p2', text: 'Two', match: 'y' },
    { id: 'p3', text: 'Three', match: 'x' },
    { id: 'p4', text: 'Four', match: 'z' },
  ],
  choices: ['x', 'y', 'z', 'w'].map((id) => ({ id, text: id })),
});
const text = questionSchema.parse({ ...common, id: 'text', type: 'text', accept: ['Spanning Tree Protocol', 'STP'] });
const numeric = (answer: object) => questionSchema.parse({ ...common, id: 'numeric', type: 'numeric', answer }) as QuestionOf<'numeric'>;

const grade = (question: Question, response: QuestionResponse) => gradeResponse(question, response);
const pick = (...choices: string[]) => grade(multiple, { type: 'multiple', choices });
const order = (...ids: string[]) => grade(ordering, { type: 'ordering', order: ids });
const match = (pairs: Record<string, string>) => grade(matching, { type: 'matching', pairs });
const answerText = (value: string) => grade(text, { type: 'text', text: value });
const answerNumber = (question: Question, value: string) => grade(question, { type: 'numeric', value });

describe('single and true/false', () => {
  it('grades the exact choice', () => {
    expect(grade(single, { type: 'single', choice: 'b' })).toEqual({ correct: true, score: 1, partial: 1 });
    expect(grade(single, { type: 'single', choice: 'a' })).toEqual({ correct: false, score: 0, partial: 0 });
    expect(grade(single, { type: 'single', choice: 'zz' })).toMatchObject({ correct: false, score: 0 });
  });

  it('grades the exact value', () => {
    expect(grade(trueFalse, { type: 'truefalse', value: false })).toEqual({ correct: true, score: 1, partial: 1 });
    expect(grade(trueFalse, { type: 'truefalse', value: true })).toEqual({ correct: false, score: 0, partial: 0 });
  });
});

describe('multiple', () => {
  it('gives full credit only for exactly the correct set, in any order', () => {
    expect(pick('c', 'a')).toMatchObject({ correct: true, score: 1, partial: 1 });
  });

  it('gives partial credit for a subset', () => {
    expect(pick('a')).toMatchObject({ correct: false, score: 0, partial: 0.5, detail: { missed: ['c'] } });
  });

  it('subtracts wrong picks and never goes below zero', () => {
    expect(pick('a', 'c', 'b')).toMatchObject({ correct: false, score: 0, partial: 0.5, detail: { wrongPicks: ['b'] } });
    expect(pick('a', 'b')).toMatchObject({ partial: 0 });
    expect(pick('a', 'b', 'd')).toMatchObject({ partial: 0 });
    expect(pick('a', 'b', 'c', 'd')).toMatchObject({ correct: false, partial: 0 });
  });

  it('scores an empty selection as zero', () => {
    expect(pick()).toEqual({
      correct: false,
      score: 0,
      partial: 0,
      detail: { type: 'multiple', correctPicks: [], wrongPicks: [], missed: ['a', 'c'] },
    });
  });

  it('counts duplicate ids once', () => {
    expect(pick('a', 'a', 'c', 'c')).toMatchObject({ correct: true, score: 1, partial: 1 });
    expect(pick('a', 'a')).toMatchObject({ correct: false, partial: 0.5 });
  });

  it('counts unknown ids as wrong', () => {
    expect(pick('a', 'c', 'nope')).toMatchObject({ correct: false, score: 0, partial: 0.5, detail: { wrongPicks: ['nope'] } });
  });
});

describe('ordering', () => {
  it('gives full credit only for the exact order', () => {
    expect(order('a', 'b', 'c', 'd')).toMatchObject({ correct: true, score: 1, partial: 1 });
  });

  it('gives partial credit for items in their correct position', () => {
    expect(order('a', 'c', 'b', 'd')).toEqual({
      correct: false,
      score: 0,
      partial: 0.5,
      detail: { type: 'ordering', positions: [true, false, false, true] },
    });
    expect(order('d', 'c', 'b', 'a')).toMatchObject({ correct: false, partial: 0 });
  });

  it('marks a response missing items incorrect but counts its exact positions', () => {
    expect(order('a', 'b', 'c')).toMatchObject({ correct: false, score: 0, partial: 0.75 });
    expect(order()).toMatchObject({ correct: false, partial: 0 });
  });

  it('marks extra, unknown or duplicate ids incorrect', () => {
    expect(order('a', 'b', 'c', 'd', 'e')).toMatchObject({ correct: false, score: 0, partial: 1 });
    expect(order('a', 'b', 'x', 'd')).toMatchObject({ correct: false, partial: 0.75 });
    expect(order('a', 'a', 'c', 'd')).toMatchObject({ correct: false, partial: 0.75 });
  });
});

describe('matching', () => {
  const right = { p1: 'x', p2: 'y', p3: 'x', p4: 'z' };

  it('gives full credit when every prompt is matched (a choice may serve several prompts)', () => {
    expect(match(right)).toMatchObject({ correct: true, score: 1, partial: 1 });
  });

  it('gives partial credit per prompt', () => {
    expect(match({ ...right, p2: 'w', p4: 'x' })).toEqual({
      correct: false,
      score: 0,
      partial: 0.5,
      detail: { type: 'matching', prompts: { p1: true, p2: false, p3: true, p4: false } },
    });
  });

  it('counts unanswered prompts wrong and ignores unknown prompt ids', () => {
    expect(match({ p1: 'x', p9: 'y' })).toMatchObject({ correct: false, partial: 0.25 });
    expect(match({ ...right, p9: 'w' })).toMatchObject({ correct: true, score: 1 });
    expect(match({})).toMatchObject({ correct: false, partial: 0 });
  });

  it('does not read prompt ids from the object prototype', () => {
    const tricky = questionSchema.parse({
      ...matching,
      prompts: [
        { id: 'constructor', text: 'A', match: 'x' },
        { id: 'p2', text: 'B', match: 'y' },
      ],
    });
    expect(grade(tricky, { type: 'matching', pairs: { p2: 'y' } })).toMatchObject({ partial: 0.5 });
  });
});

describe('text', () => {
  it('matches any accepted answer ignoring case, surrounding and repeated whitespace', () => {
    expect(answerText('stp')).toMatchObject({ correct: true, score: 1, partial: 1 });
    expect(answerText('  spanning \t tree\nPROTOCOL ')).toMatchObject({ correct: true });
    expect(answerText('spanning-tree protocol')).toMatchObject({ correct: false, score: 0, partial: 0 });
  });

  it('ignores one trailing period', () => {
    expect(answerText('STP.')).toMatchObject({ correct: true });
    expect(answerText('STP .')).toMatchObject({ correct: true });
    expect(answerText('STP..')).toMatchObject({ correct: false });
  });

  it('normalizes unicode compatibility forms and unicode spaces', () => {
    expect(answerText('ＳＴＰ')).toMatchObject({ correct: true });
    expect(answerText('Spanning\u00a0Tree\u3000Protocol')).toMatchObject({ correct: true });
    expect(normalizeText('ﬁ  Straße ')).toBe('fi straße');
  });

  it('never accepts an empty answer', () => {
    const dot = questionSchema.parse({ ...text, accept: ['.'] });
    expect(grade(dot, { type: 'text', text: '' })).toMatchObject({ correct: false });
    expect(answerText('   ')).toMatchObject({ correct: false });
  });
});

describe('numeric', () => {
  const tolerance = numeric({ value: 10, tolerance: 0.5 });
  const exact = numeric({ value: -3 });
  const range = numeric({ min: 1, max: 5 });

  it('accepts values within the tolerance, boundaries included', () => {
    expect(answerNumber(tolerance, '10')).toEqual({ correct: true, score: 1, partial: 1, detail: { type: 'numeric', value: 10 } });
    expect(answerNumber(tolerance, '10.5')).toMatchObject({ correct: true });
    expect(answerNumber(tolerance, '9.5')).toMatchObject({ correct: true });
    expect(answerNumber(tolerance, '10.5001')).toMatchObject({ correct: false, score: 0, partial: 0 });
    expect(answerNumber(tolerance, '9.4999')).toMatchObject({ correct: false });
  });

  it('absorbs float noise at the tolerance but nothing visible', () => {
    const tenth = numeric({ value: 0.3, tolerance: 0.1 });
    expect(answerNumber(tenth, '0.4')).toMatchObject({ correct: true });
    expect(answerNumber(tenth, '0.2')).toMatchObject({ correct: true });
    expect(answerNumber(tenth, '0.40001')).toMatchObject({ correct: false });
  });

  it('grades an exact value with zero tolerance, negatives included', () => {
    expect(answerNumber(exact, '-3')).toMatchObject({ correct: true });
    expect(answerNumber(exact, ' -3.0 ')).toMatchObject({ correct: true });
    expect(answerNumber(exact, '3')).toMatchObject({ correct: false });
    expect(answerNumber(exact, '-3.001')).toMatchObject({ correct: false });
  });

  it('grades a range inclusively', () => {
    expect(answerNumber(range, '1')).toMatchObject({ correct: true });
    expect(answerNumber(range, '5')).toMatchObject({ correct: true });
    expect(answerNumber(range, '0.9999')).toMatchObject({ correct: false });
    expect(answerNumber(range, '5.0001')).toMatchObject({ correct: false });
  });

  it('reads exponents, signs, commas as decimal separator', () => {
    expect(answerNumber(numeric({ value: 1500 }), '1.5e3')).toMatchObject({ correct: true });
    expect(answerNumber(numeric({ value: 0.002 }), '2E-3')).toMatchObject({ correct: true });
    expect(answerNumber(range, '+2,5')).toMatchObject({ correct: true, detail: { value: 2.5 } });
    expect(parseLearnerNumber('.5')).toBe(0.5);
    expect(parseLearnerNumber('5.')).toBe(5);
    expect(parseLearnerNumber('-1,25')).toBe(-1.25);
  });

  it.each(['', '   ', '12abc', 'abc', 'NaN', 'Infinity', '-Infinity', '1e400', '0x10', '1_000', '1 000', '1,000', '1,000.5', '1.000,5', '1,2,3', '--1', '+-1', '1e', 'e5', '.', '1.2.3'])(
    'refuses %j as not a number',
    (value) => {
      expect(parseLearnerNumber(value)).toBeNull();
      expect(answerNumber(tolerance, value)).toEqual({ correct: false, score: 0, partial: 0, reason: 'not a number' });
    },
  );
});

describe('gradeResponse and correctResponse', () => {
  const all: Question[] = [single, multiple, trueFalse, ordering, matching, text, numeric({ value: 1e21, tolerance: 0 }), numeric({ min: -2, max: 2 })];

  it('marks a response of the wrong type incorrect with a reason', () => {
    expect(grade(single, { type: 'multiple', choices: ['b'] })).toEqual({ correct: false, score: 0, partial: 0, reason: 'wrong response type' });
    expect(grade(text, { type: 'numeric', value: '1' })).toMatchObject({ correct: false, reason: 'wrong response type' });
  });

  it('builds the canonical correct response', () => {
    expect(correctResponse(single)).toEqual({ type: 'single', choice: 'b' });
    expect(correctResponse(multiple)).toEqual({ type: 'multiple', choices: ['a', 'c'] });
    expect(correctResponse(ordering)).toEqual({ type: 'ordering', order: ['a', 'b', 'c', 'd'] });
    expect(correctResponse(matching)).toEqual({ type: 'matching', pairs: { p1: 'x', p2: 'y', p3: 'x', p4: 'z' } });
    expect(correctResponse(text)).toEqual({ type: 'text', text: 'Spanning Tree Protocol' });
    expect(correctResponse(numeric({ min: -2, max: 2 }))).toEqual({ type: 'numeric', value: '-2' });
  });

  it.each(all.map((q) => [q.type, q] as const))('grades the correct response to a %s question as correct', (_type, question) => {
    expect(gradeResponse(question, correctResponse(question))).toMatchObject({ correct: true, score: 1, partial: 1 });
  });
});
