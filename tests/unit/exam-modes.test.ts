import { describe, expect, it } from 'vitest';
import { isPerformanceBased, performanceBasedFirst } from '../../lib/quiz/exam-modes';

describe('exam modes', () => {
  it('count ordering and matching as performance-based items, nothing else', () => {
    expect(['ordering', 'matching', 'single', 'multiple', 'truefalse', 'text', 'numeric', 'generated'].filter(isPerformanceBased)).toEqual([
      'ordering',
      'matching',
    ]);
  });

  it('put performance-based items first in CompTIA order, keeping the shuffled order within each group', () => {
    const drawn = ['single', 'matching', 'text', 'ordering', 'multiple', 'matching'].map((type, i) => ({ id: `q${i}`, type }));
    expect(performanceBasedFirst(drawn).map((q) => q.id)).toEqual(['q1', 'q3', 'q5', 'q0', 'q2', 'q4']);
  });
});
