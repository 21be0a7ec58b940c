import { shuffle } from '../../../shuffle';
import { list } from '../../yaml-nodes';
import { blankList } from '../choice-options';
import { defineQuestionType } from '../module';
import { gradeOrdering } from './grade';
import { definition, response } from './schema';

/** An ordering question must not start out already solved. */
function shuffleAway(ids: string[], random: () => number): string[] {
  for (let attempt = 0; attempt < 10; attempt++) {
    const shuffled = shuffle(ids, random);
    if (shuffled.some((id, i) => id !== ids[i])) return shuffled;
  }
  return [...ids.slice(1), ids[0]];
}

export const ordering = defineQuestionType(
  definition,
  response,
)({
  label: 'Put in order',
  rules(question, _add, uniqueIds) {
    uniqueIds(question.items, 'items');
  },
  grade: gradeOrdering,
  correctResponse: (question) => ({ type: 'ordering', order: question.items.map((item) => item.id) }),
  itemAnalysis: { keys: () => [], answers: 'arranged' },
  texts: (question) => Object.fromEntries(question.items.map((item) => [`item:${item.id}`, item.text])),
  presentation: {
    order: (question, random) => ({
      items: shuffleAway(
        question.items.map((i) => i.id),
        random,
      ),
    }),
    view: (_question, entries) => ({ items: entries('items', 'item') }),
    ids: (question) => question.items.map((i) => i.id),
    mapIds: (r, map) => ({ type: 'ordering', order: r.order.map(map) }),
  },
  yaml: (question) => [
    [
      'items',
      list(
        question.items.map((item) => [
          ['id', item.id],
          ['text', item.text],
        ]),
      ),
    ],
  ],
  gift: { write: { skip: 'GIFT has no ordering question type' } },
  statement: (draft) => `The correct order is: ${draft.items.map((item) => item.text).join(' → ')}`,
  blank: ({ options }) => ({ items: options.length >= 3 ? options.map(({ id, text }) => ({ id, text })) : blankList(3, 'i') }),
});
