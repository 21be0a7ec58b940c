import { describe, expect, it } from 'vitest';
import { answerKeys, parseLearnerNumber } from '@/lib/questions/grading';
import type { Question } from '@/lib/questions/schema';
import { grade, numeric } from './fixtures';

const answerNumber = (question: Question, value: string) => grade(question, { type: 'numeric', value });

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

  it.each([
    '',
    '   ',
    '12abc',
    'abc',
    'NaN',
    'Infinity',
    '-Infinity',
    '1e400',
    '0x10',
    '1_000',
    '1 000',
    '1,000',
    '1,000.5',
    '1.000,5',
    '1,2,3',
    '--1',
    '+-1',
    '1e',
    'e5',
    '.',
    '1.2.3',
  ])('refuses %j as not a number', (value) => {
    expect(parseLearnerNumber(value)).toBeNull();
    expect(answerNumber(tolerance, value)).toEqual({ correct: false, score: 0, partial: 0, reason: 'not a number' });
  });
});

describe('numeric item-analysis key', () => {
  it('is the number the answer was read as; an unreadable answer counts as typed', () => {
    expect(answerKeys({ type: 'numeric', value: '1,5' })).toEqual(['1.5']);
    expect(answerKeys({ type: 'numeric', value: ' 2.50 ' })).toEqual(['2.5']);
    expect(answerKeys({ type: 'numeric', value: ' 1,000 ' })).toEqual(['1,000']);
  });
});
