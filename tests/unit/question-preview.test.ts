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
