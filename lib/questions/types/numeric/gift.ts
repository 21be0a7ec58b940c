import type { Numerical, NumericalFormat, TextFormat } from 'gift-pegjs';
import { giftFullCredit, plainNumber } from '../../formats/gift-text';
import type { GiftBase, GiftLoss, GiftRead } from '../module';
import type { NumericAnswer } from './schema';

export function giftNumber(answer: NumericAnswer): string {
  if ('min' in answer) return `${plainNumber(answer.min)}..${plainNumber(answer.max)}`;
  return answer.tolerance ? `${plainNumber(answer.value)}:${plainNumber(answer.tolerance)}` : plainNumber(answer.value);
}

function isNumber(text: NumericalFormat | TextFormat): text is NumericalFormat {
  return 'type' in text;
}

/**
 * Keeps the first full-credit (100%) answer. Other answers (partial credit), answer feedback and
 * Moodle's catch-all wrong answer `~#feedback` have no native field: each is a listed loss.
 */
export function readGiftNumerical(node: Numerical, base: GiftBase): GiftRead {
  const choices = Array.isArray(node.choices) ? node.choices : [{ isCorrect: true, weight: null, text: node.choices, feedback: null }];
  // gift-pegjs gives a text "*" (not a number) for Moodle's catch-all `~#feedback` answer.
  const main = choices.find((c) => giftFullCredit(c) && isNumber(c.text));
  if (!main) return { skip: 'no numerical answer has full credit' };
  const value = main.text;
  // NaN only if gift-pegjs ever omits a number its type promises: validation then reports it.
  const answer =
    value.type === 'high-low'
      ? { min: value.numberLow ?? Number.NaN, max: value.numberHigh ?? Number.NaN }
      : { value: value.number ?? Number.NaN, tolerance: value.type === 'range' ? (value.range ?? Number.NaN) : 0 };
  const others = choices.filter((c) => c !== main && isNumber(c.text));
  const catchAll = choices.filter((c) => !isNumber(c.text));
  const losses: GiftLoss[] = [];
  if (others.length) {
    const credits = others.map((c) => `${c.weight ?? 0}%`).join(', ');
    losses.push({ feature: `${others.length} other numerical answer(s) (${credits})`, reason: 'a numeric question keeps only its 100% answer' });
  }
  if (choices.some((c) => c.feedback && isNumber(c.text))) losses.push({ feature: 'answer feedback', reason: 'a numeric question has no per-answer feedback' });
  if (catchAll.some((c) => c.feedback)) losses.push({ feature: 'feedback for any other answer', reason: 'a numeric question has no per-answer feedback' });
  return { draft: { ...base, type: 'numeric', answer }, losses };
}
