import type { MultipleChoice, TextChoice } from 'gift-pegjs';
import { giftTextToMarkdown } from '../../formats/gift-text';
import { letterId } from '../../formats/slug';
import type { GiftBase, GiftRead } from '../module';

function option(choice: TextChoice, index: number) {
  const feedback = choice.feedback ? { feedback: giftTextToMarkdown(choice.feedback) } : {};
  return { id: letterId(index), text: giftTextToMarkdown(choice.text), ...feedback };
}

/**
 * GIFT has one multiple-choice kind for both single and multiple answers. One `=` answer →
 * single (partial-credit weights on the others are dropped with a warning). No `=` answer → the
 * options with a positive weight are the answer: multiple when there are two or more, single
 * when there is one. Several `=` answers have no native equivalent.
 */
export function readGiftChoices(node: MultipleChoice, base: GiftBase): GiftRead {
  const options = node.choices.map(option);
  const marked = options.filter((_, i) => node.choices[i].isCorrect);
  if (marked.length > 1) return { skip: 'several options are marked fully correct (=) in a single-answer question' };
  if (marked.length === 1) {
    const partial = node.choices.some((c) => !c.isCorrect && (c.weight ?? 0) > 0);
    return {
      draft: { ...base, type: 'single', options, answer: marked[0].id },
      losses: partial ? [{ feature: 'partial credit on wrong options', reason: 'a single-answer question is right or wrong' }] : [],
    };
  }
  const answer = options.filter((_, i) => (node.choices[i].weight ?? 0) > 0).map((o) => o.id);
  if (answer.length === 0) return { skip: 'no option is marked correct' };
  if (answer.length === 1) return { draft: { ...base, type: 'single', options, answer: answer[0] }, losses: [] };
  return { draft: { ...base, type: 'multiple', options, answer }, losses: [] };
}
