import { describe, expect, it } from 'vitest';
import { answerKeys, normalizeText } from '@/lib/questions/grading';
import { questionSchema } from '@/lib/questions/schema';
import { grade, text } from './fixtures';

const answerText = (value: string) => grade(text, { type: 'text', text: value });

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

describe('text item-analysis key', () => {
  it('is the answer as grading compares it, so spellings the grader treats alike count as one', () => {
    expect(answerKeys({ type: 'text', text: '  Spanning \t TREE\u00a0protocol. ' })).toEqual(['spanning tree protocol']);
    expect(answerKeys({ type: 'text', text: 'ＳＴＰ' })).toEqual(['stp']);
  });
});
