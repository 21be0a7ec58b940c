import { describe, expect, it } from 'vitest';
import { answerKeys } from '@/lib/questions/grading';
import { grade, multiple } from './fixtures';

const pick = (...choices: string[]) => grade(multiple, { type: 'multiple', choices });

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

describe('multiple item-analysis key', () => {
  it('counts each option picked once, as the grader does', () => {
    expect(answerKeys({ type: 'multiple', choices: ['c', 'a', 'c'] })).toEqual(['c', 'a']);
  });
});
