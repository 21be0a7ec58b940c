import type { Matching } from 'gift-pegjs';
import { decodeGiftPlaceholders, escapeGift, giftAnswerText, giftTextToMarkdown } from '../../formats/gift-text';
import { letterId } from '../../formats/slug';
import type { GiftBase, GiftRead } from '../module';
import type { MatchingQuestion } from './schema';

/**
 * Choices no prompt points to are written as Moodle distractors, `= -> choice`. A "->" inside a
 * prompt is written "-\>" (see giftAnswerText).
 */
export function writeGiftMatching(question: MatchingQuestion): { open: string; lines: string[] } {
  const choiceText = (id: string) => escapeGift(question.choices.find((c) => c.id === id)?.text ?? id);
  const used = new Set(question.prompts.map((p) => p.match));
  return {
    open: '',
    lines: [
      ...question.prompts.map((p) => `=${giftAnswerText(p.text)} -> ${choiceText(p.match)}`),
      ...question.choices.filter((c) => !used.has(c.id)).map((c) => `= -> ${choiceText(c.id)}`),
    ],
  };
}

/**
 * Pairs with an empty left side (`= -> x`) are Moodle's distractors: extra choices with no
 * prompt. Choices with the same text are one choice, which may match several prompts.
 */
export function readGiftMatching(node: Matching, base: GiftBase): GiftRead {
  const choices: Array<{ id: string; text: string }> = [];
  const prompts: Array<{ id: string; text: string; match: string }> = [];
  for (const pair of node.matchPairs) {
    // gift-pegjs gives the right side as a bare string; it is written in the stem's format.
    const text = giftTextToMarkdown({ format: node.stem.format, text: decodeGiftPlaceholders(pair.subanswer) });
    let choice = choices.find((c) => c.text === text);
    if (!choice) choices.push((choice = { id: letterId(choices.length), text }));
    if (pair.subquestion.text !== '') prompts.push({ id: `p${prompts.length + 1}`, text: giftTextToMarkdown(pair.subquestion), match: choice.id });
  }
  return { draft: { ...base, type: 'matching', prompts, choices }, losses: [] };
}
