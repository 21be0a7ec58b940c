import { defineQuestionType, untokenized } from '../module';
import { gradeTrueFalse } from './grade';
import { definition, response } from './schema';

export const truefalse = defineQuestionType(
  definition,
  response,
)({
  label: 'True / false',
  grade: gradeTrueFalse,
  correctResponse: (question) => ({ type: 'truefalse', value: question.answer }),
  itemAnalysis: {
    keys: (r) => [String(r.value)],
    answers: 'options',
    options: (question) => [
      { key: 'true', text: 'True', correct: question.answer },
      { key: 'false', text: 'False', correct: !question.answer },
    ],
  },
  texts: () => ({}),
  presentation: untokenized,
  yaml: (question) => [['answer', question.answer]],
  gift: {
    write: (question) => ({ open: question.answer ? 'TRUE' : 'FALSE', lines: [] }),
    read: {
      node: 'TF',
      read: (node, base) => ({
        draft: { ...base, type: 'truefalse', answer: node.isTrue },
        losses:
          node.trueFeedback || node.falseFeedback
            ? [{ feature: 'true/false answer feedback', reason: 'a true/false question has no per-answer feedback' }]
            : [],
      }),
    },
  },
  statement: (draft) => `The statement is ${draft.answer ? 'true' : 'false'}`,
  blank: () => ({ answer: true }),
});
