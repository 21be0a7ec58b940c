import { map } from '../../yaml-nodes';
import { defineQuestionType, untokenized, type YamlEntry } from '../module';
import { readGiftTrueFalse, writeGiftTrueFalse } from './gift';
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
  // Keyed by the learner's answer, so `picked` finds the feedback for it.
  texts: (question) => Object.fromEntries(Object.entries(question.feedback ?? {}).map(([value, text]) => [`feedback:${value}`, text])),
  presentation: { ...untokenized, picked: (r) => [String(r.value)] },
  yaml(question) {
    const feedback = Object.entries(question.feedback ?? {}).filter((entry): entry is [string, string] => Boolean(entry[1]));
    return [['answer', question.answer], ...(feedback.length ? [['feedback', map(feedback, false)] as YamlEntry] : [])];
  },
  gift: { write: writeGiftTrueFalse, read: { node: 'TF', read: readGiftTrueFalse } },
  statement: (draft) => `The statement is ${draft.answer ? 'true' : 'false'}`,
  blank: () => ({ answer: true }),
});
