import { describe, expect, it } from 'vitest';
import { grade, ordering } from './fixtures';

const order = (...ids: string[]) => grade(ordering, { type: 'ordering', order: ids });

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
