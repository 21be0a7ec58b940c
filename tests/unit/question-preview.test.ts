import { describe, expect, it } from 'vitest';
import { previewQuestion } from '@/lib/authoring/questions/preview';
import { questionSchema } from '@/lib/questions/schema';

const lesson = { id: 'lesson-x', title: 'Lesson X', sections: [] };

describe('the author preview', () => {
  it('lists the feedback of each option that has one, in written order', async () => {
    const question = questionSchema.parse({
      id: 'q',
      type: 'single',
      stem: 'Stem?',
      explanation: 'Because.',
      options: [
        { id: 'c', text: 'Option *c*', feedback: 'Close, but no.' },
        { id: 'b', text: 'Option b' },
        { id: 'a', text: 'Option a', feedback: 'Right.' },
      ],
      answer: 'a',
    });
    expect((await previewQuestion(question, lesson)).optionFeedback).toEqual([
      { optionHtml: 'Option <em>c</em>', feedbackHtml: 'Close, but no.' },
      { optionHtml: 'Option a', feedbackHtml: 'Right.' },
    ]);
  });

  it('has none for a type without options', async () => {
    const question = questionSchema.parse({ id: 'q', type: 'truefalse', stem: 'Stem?', explanation: 'Because.', answer: true });
    expect((await previewQuestion(question, lesson)).optionFeedback).toEqual([]);
  });
});

describe('the author preview of a generated entry', () => {
  it('shows the variant of seed 0 as learners get it, and five sample variants with their answers', async () => {
    const entry = questionSchema.parse({ id: 'g', type: 'generated', generator: 'ipv4-subnet-facts', params: { prefix: [24, 24], ask: ['mask'] } });
    const preview = await previewQuestion(entry, lesson);
    expect(preview.presented.type).toBe('text');
    expect(preview.answer.response).toEqual({ type: 'text', text: '255.255.255.0' });
    expect(preview.variants.map((v) => v.seed)).toEqual([1, 2, 3, 4, 5]);
    expect(preview.variants.every((v) => v.answer === '255.255.255.0' && v.stemHtml.includes('/24'))).toBe(true);
  });

  it('has no sample variants for a fixed question', async () => {
    const question = questionSchema.parse({ id: 'q', type: 'truefalse', stem: 'Stem?', explanation: 'Because.', answer: true });
    expect((await previewQuestion(question, lesson)).variants).toEqual([]);
  });
});
