import { tightSeq } from '../../yaml-nodes';
import { blankList, optionsYaml, optionTexts, shuffleUnpinned, textOf } from '../choice-options';
import { defineQuestionType } from '../module';
import { creditRules } from './credit';
import { writeGiftMultiple } from './gift';
import { gradeMultiple } from './grade';
import { definition, response } from './schema';

export const multiple = defineQuestionType(
  definition,
  response,
)({
  label: 'Multiple answers',
  rules(question, add, uniqueIds) {
    const ids = uniqueIds(question.options, 'options');
    const seen = new Set<string>();
    question.answer.forEach((answer, i) => {
      if (!ids.has(answer)) add(['answer', i], `answer "${answer}" is not among the options (${[...ids].join(', ')})`);
      if (seen.has(answer)) add(['answer', i], `answer "${answer}" is listed twice`);
      seen.add(answer);
    });
    if (question.answer.length >= question.options.length) add(['answer'], 'every option is correct; leave at least one wrong option');
    creditRules(question, add);
  },
  grade: gradeMultiple,
  correctResponse: (question) => ({ type: 'multiple', choices: [...question.answer] }),
  itemAnalysis: {
    // A repeated id is one pick, as the grader counts it.
    keys: (r) => [...new Set(r.choices)],
    answers: 'options',
    options: (question) => question.options.map((o) => ({ key: o.id, text: o.text, html: `option:${o.id}`, correct: question.answer.includes(o.id) })),
  },
  texts: (question) => optionTexts(question.options),
  presentation: {
    order: (question, random) => ({ options: shuffleUnpinned(question.options, random) }),
    view: (question, entries) => ({ options: entries('options', 'option'), choose: question.answer.length }),
    ids: (question) => question.options.map((o) => o.id),
    mapIds: (r, map) => ({ type: 'multiple', choices: r.choices.map(map) }),
    mapDetail: (detail, map) =>
      detail.type === 'multiple'
        ? { type: 'multiple', correctPicks: detail.correctPicks.map(map), wrongPicks: detail.wrongPicks.map(map), missed: detail.missed.map(map) }
        : detail,
    picked: (r) => r.choices,
  },
  yaml: (question) => [
    ['options', optionsYaml(question.options)],
    ['answer', tightSeq(question.answer)],
  ],
  gift: { write: writeGiftMultiple },
  statement: (draft) => `The correct answers are: ${draft.answer.map((id) => textOf(draft.options, id)).join('; ')}`,
  blank: ({ options, answers }) => ({ options: options.length >= 3 ? options : blankList(3), answer: answers }),
});
