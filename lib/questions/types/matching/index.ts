import { shuffle } from '../../../shuffle';
import { list } from '../../yaml-nodes';
import { blankList, textOf } from '../choice-options';
import { defineQuestionType } from '../module';
import { readGiftMatching, writeGiftMatching } from './gift';
import { gradeMatching } from './grade';
import { definition, response } from './schema';

export const matching = defineQuestionType(
  definition,
  response,
)({
  label: 'Matching',
  rules(question, add, uniqueIds) {
    uniqueIds(question.prompts, 'prompts');
    const choices = uniqueIds(question.choices, 'choices');
    question.prompts.forEach((prompt, i) => {
      if (!choices.has(prompt.match)) add(['prompts', i, 'match'], `"${prompt.match}" is not the id of a choice`);
    });
  },
  grade: gradeMatching,
  correctResponse: (question) => ({ type: 'matching', pairs: Object.fromEntries(question.prompts.map((p) => [p.id, p.match])) }),
  itemAnalysis: { keys: () => [], answers: 'arranged' },
  texts: (question) => ({
    ...Object.fromEntries(question.prompts.map((prompt) => [`prompt:${prompt.id}`, prompt.text])),
    ...Object.fromEntries(question.choices.map((choice) => [`choice:${choice.id}`, choice.text])),
  }),
  presentation: {
    order: (question, random) => ({
      prompts: shuffle(
        question.prompts.map((p) => p.id),
        random,
      ),
      choices: shuffle(
        question.choices.map((c) => c.id),
        random,
      ),
    }),
    view: (_question, entries) => ({ prompts: entries('prompts', 'prompt'), choices: entries('choices', 'choice') }),
    ids: (question) => [...question.prompts.map((p) => p.id), ...question.choices.map((c) => c.id)],
    mapIds: (r, map) => ({ type: 'matching', pairs: Object.fromEntries(Object.entries(r.pairs).map(([prompt, choice]) => [map(prompt), map(choice)])) }),
    mapDetail: (detail, map) =>
      detail.type === 'matching' ? { type: 'matching', prompts: Object.fromEntries(Object.entries(detail.prompts).map(([id, ok]) => [map(id), ok])) } : detail,
  },
  yaml: (question) => [
    [
      'prompts',
      list(
        question.prompts.map((p) => [
          ['id', p.id],
          ['text', p.text],
          ['match', p.match],
        ]),
      ),
    ],
    [
      'choices',
      list(
        question.choices.map((c) => [
          ['id', c.id],
          ['text', c.text],
        ]),
      ),
    ],
  ],
  gift: { write: writeGiftMatching, read: { node: 'Matching', read: readGiftMatching } },
  statement: (draft) => `The correct matches are: ${draft.prompts.map((p) => `${p.text} → ${textOf(draft.choices, p.match)}`).join('; ')}`,
  blank: () => ({
    prompts: [
      { id: 'p1', text: '', match: 'c1' },
      { id: 'p2', text: '', match: 'c2' },
    ],
    choices: blankList(2, 'c'),
  }),
});
