import { map } from '../../yaml-nodes';
import { defineQuestionType, untokenized, type YamlEntry } from '../module';
import { giftNumber, readGiftNumerical } from './gift';
import { gradeNumeric, parseLearnerNumber } from './grade';
import { definition, response } from './schema';

export const numeric = defineQuestionType(
  definition,
  response,
)({
  label: 'Number',
  grade: gradeNumeric,
  // A range's lower bound: any value in the range is correct.
  correctResponse: (question) => ({ type: 'numeric', value: String('value' in question.answer ? question.answer.value : question.answer.min) }),
  // "1,5" and "1.50" are one answer, as grading reads them; an unreadable one counts as typed.
  itemAnalysis: { keys: (r) => [String(parseLearnerNumber(r.value) ?? r.value.trim())], answers: 'typed' },
  texts: () => ({}),
  presentation: { ...untokenized, view: (question) => (question.unit ? { unit: question.unit } : {}) },
  yaml(question) {
    const { answer } = question;
    const range: YamlEntry[] =
      'min' in answer
        ? [
            ['min', answer.min],
            ['max', answer.max],
          ]
        : [['value', answer.value]];
    if ('tolerance' in answer && answer.tolerance !== 0) range.push(['tolerance', answer.tolerance]);
    return [['answer', map(range, true)], ...(question.unit === undefined ? [] : [['unit', question.unit] as YamlEntry])];
  },
  gift: {
    write: (question) => ({ open: `#${giftNumber(question.answer)}`, lines: [] }),
    read: { node: 'Numerical', read: readGiftNumerical },
  },
  statement({ answer }) {
    if ('min' in answer) return `The correct answer is between ${answer.min} and ${answer.max}`;
    return answer.tolerance ? `The correct answer is ${answer.value} (± ${answer.tolerance})` : `The correct answer is ${answer.value}`;
  },
  blank: () => ({ answer: { value: 0 } }),
});
