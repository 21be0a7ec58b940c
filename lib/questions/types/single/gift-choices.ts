import type { MultipleChoice, TextChoice } from 'gift-pegjs';
import { giftTextToMarkdown } from '../../formats/gift-text';
import { letterId } from '../../formats/slug';
import type { GiftBase, GiftRead } from '../module';
import { isDefaultWeighting } from '../multiple/gift';

function option(choice: TextChoice, index: number) {
  const feedback = choice.feedback ? { feedback: giftTextToMarkdown(choice.feedback) } : {};
  return { id: letterId(index), text: giftTextToMarkdown(choice.text), ...feedback };
}

/**
 * GIFT has one multiple-choice kind for both single and multiple answers, and Moodle tells them
 * apart by `=`. One `=` answer → single (partial-credit weights on the others are a listed loss).
 * No `=` answer → multiple, even with one correct option (Moodle keeps it multiple-answer): the
 * options with a positive weight are the answer, and the weights are kept as option credits
 * unless they are the +100/n, −100/n our grading gives anyway. Several `=` answers have no
 * native equivalent.
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
  const weights = node.choices.map((c) => c.weight ?? 0);
  const answer = options.filter((_, i) => weights[i] > 0).map((o) => o.id);
  if (answer.length === 0) return { skip: 'no option is marked correct' };
  const credited = isDefaultWeighting(weights) ? options : options.map((o, i) => ({ ...o, credit: weights[i] }));
  return { draft: { ...base, type: 'multiple', options: credited, answer }, losses: [] };
}
