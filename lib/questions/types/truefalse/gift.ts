import type { TrueFalse } from 'gift-pegjs';
import { giftAnswerText, giftTextToMarkdown } from '../../formats/gift-text';
import type { GiftBase, GiftRead } from '../module';
import type { TrueFalseQuestion } from './schema';

/**
 * GIFT writes `{T#wrong#right}`: the first feedback is for a wrong answer, the second for a right
 * one, as Moodle reads them (gift-pegjs names them trueFeedback and falseFeedback regardless).
 */
export function readGiftTrueFalse(node: TrueFalse, base: GiftBase): GiftRead {
  const wrong = node.trueFeedback ? giftTextToMarkdown(node.trueFeedback) : undefined;
  const right = node.falseFeedback ? giftTextToMarkdown(node.falseFeedback) : undefined;
  const byAnswer = node.isTrue ? { true: right, false: wrong } : { true: wrong, false: right };
  const feedback = Object.fromEntries(Object.entries(byAnswer).filter(([, text]) => text));
  return { draft: { ...base, type: 'truefalse', answer: node.isTrue, ...(wrong || right ? { feedback } : {}) }, losses: [] };
}

export function writeGiftTrueFalse(question: TrueFalseQuestion): { open: string; lines: string[] } {
  const right = question.feedback?.[String(question.answer) as 'true' | 'false'];
  const wrong = question.feedback?.[String(!question.answer) as 'true' | 'false'];
  const feedback = wrong || right ? `#${wrong ? giftAnswerText(wrong) : ''}${right ? `#${giftAnswerText(right)}` : ''}` : '';
  return { open: `${question.answer ? 'TRUE' : 'FALSE'}${feedback}`, lines: [] };
}
