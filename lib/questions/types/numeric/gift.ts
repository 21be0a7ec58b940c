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

/** Keeps the first full-credit (100%) answer; other, partial-credit answers are dropped with a warning. */
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
  const losses: GiftLoss[] = [];
  if (choices.length > 1) losses.push({ feature: `${choices.length - 1} other numerical answer(s)`, reason: 'only the 100% answer is kept' });
  if (choices.some((c) => c.feedback)) losses.push({ feature: 'answer feedback', reason: 'a numeric question has no per-answer feedback' });
  return { draft: { ...base, type: 'numeric', answer }, losses };
}
