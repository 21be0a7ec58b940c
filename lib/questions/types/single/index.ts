import { defineQuestionType } from '../module';
import { blankList, optionGift, optionsYaml, optionTexts, shuffleUnpinned, textOf } from '../choice-options';
import { gradeSingle } from './grade';
import { readGiftChoices } from './gift-choices';
import { definition, response } from './schema';

export const single = defineQuestionType(
  definition,
  response,
)({
  label: 'Single answer',
  rules(question, add, uniqueIds) {
    const ids = uniqueIds(question.options, 'options');
    if (!ids.has(question.answer)) add(['answer'], `answer "${question.answer}" is not among the options (${[...ids].join(', ')})`);
  },
  grade: gradeSingle,
  correctResponse: (question) => ({ type: 'single', choice: question.answer }),
  itemAnalysis: {
    keys: (r) => [r.choice],
    answers: 'options',
    options: (question) => question.options.map((o) => ({ key: o.id, text: o.text, html: `option:${o.id}`, correct: o.id === question.answer })),
  },
  texts: (question) => optionTexts(question.options),
  presentation: {
    order: (question, random) => ({ options: shuffleUnpinned(question.options, random) }),
    view: (_question, entries) => ({ options: entries('options', 'option') }),
    ids: (question) => question.options.map((o) => o.id),
    mapIds: (r, map) => ({ type: 'single', choice: map(r.choice) }),
    picked: (r) => [r.choice],
  },
  yaml: (question) => [
    ['options', optionsYaml(question.options)],
    ['answer', question.answer],
  ],
  gift: {
    write: (question) => ({ open: '', lines: question.options.map((o) => `${o.id === question.answer ? '=' : '~'}${optionGift(o)}`) }),
    read: { node: 'MC', read: readGiftChoices },
  },
  statement: (draft) => `The correct answer is: ${textOf(draft.options, draft.answer)}`,
  blank: ({ options, answers }) => ({ options: options.length >= 2 ? options : blankList(2), answer: answers[0] ?? options[0]?.id ?? 'a' }),
});
