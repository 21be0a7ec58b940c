import { describe, expect, it } from 'vitest';
import { grade, single, trueFalse } from './fixtures';

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
