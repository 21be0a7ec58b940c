import { describe, expect, it } from 'vitest';
import { correctResponse, gradeResponse } from '@/lib/questions/grading';
import type { Question } from '@/lib/questions/schema';
import { grade, matching, multiple, numeric, ordering, single, text, trueFalse } from './fixtures';

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
