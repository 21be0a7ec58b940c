import type { Numerical, NumericalFormat, TextFormat } from 'gift-pegjs';
import { giftFullCredit, plainNumber } from '../../formats/gift-text';
import type { GiftBase, GiftRead } from '../module';
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
  const warnings: string[] = [];
  if (choices.length > 1) warnings.push(`${choices.length - 1} other numerical answer(s) were dropped; only the 100% one is kept`);
  if (choices.some((c) => c.feedback)) warnings.push('answer feedback has no native field in a numeric question and was dropped');
  return { draft: { ...base, type: 'numeric', answer }, warnings };
}
