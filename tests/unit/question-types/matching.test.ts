import { describe, expect, it } from 'vitest';
import { questionSchema } from '@/lib/questions/schema';
import { grade, matching } from './fixtures';

const match = (pairs: Record<string, string>) => grade(matching, { type: 'matching', pairs });

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
