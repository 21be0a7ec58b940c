import { gradeResponse } from '@/lib/questions/grading';
import { questionSchema, type Question, type QuestionOf, type QuestionResponse } from '@/lib/questions/schema';

/** One question of each type, shared by the per-type tests. */
const common = { stem: 'Stem?', explanation: 'Because.' };
const options = (...ids: string[]) => ids.map((id) => ({ id, text: `Option ${id}` }));

export const single = questionSchema.parse({ ...common, id: 'single', type: 'single', options: options('a', 'b', 'c'), answer: 'b' });
export const multiple = questionSchema.parse({ ...common, id: 'multiple', type: 'multiple', options: options('a', 'b', 'c', 'd'), answer: ['a', 'c'] });
export const trueFalse = questionSchema.parse({ ...common, id: 'tf', type: 'truefalse', answer: false });
export const ordering = questionSchema.parse({
  ...common,
  id: 'ordering',
  type: 'ordering',
  items: ['a', 'b', 'c', 'd'].map((id) => ({ id, text: id })),
});
export const matching = questionSchema.parse({
  ...common,
  id: 'matching',
  type: 'matching',
  prompts: [
    { id: 'p1', text: 'One', match: 'x' },
    { id: 'p2', text: 'Two', match: 'y' },
    { id: 'p3', text: 'Three', match: 'x' },
    { id: 'p4', text: 'Four', match: 'z' },
  ],
  choices: ['x', 'y', 'z', 'w'].map((id) => ({ id, text: id })),
});
export const text = questionSchema.parse({ ...common, id: 'text', type: 'text', accept: ['Spanning Tree Protocol', 'STP'] });
export const numeric = (answer: object) => questionSchema.parse({ ...common, id: 'numeric', type: 'numeric', answer }) as QuestionOf<'numeric'>;

export const grade = (question: Question, response: QuestionResponse) => gradeResponse(question, response);
