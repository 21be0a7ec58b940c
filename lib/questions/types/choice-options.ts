import { z } from 'zod';
import { shuffle } from '../../shuffle';
import { giftAnswerText } from '../formats/gift-text';
import { letterId } from '../formats/slug';
import { list } from '../yaml-nodes';
import type { YamlEntry } from './module';
import { localId, markdown } from './fields';

/** An option of a single- or multiple-answer question. */
export const option = z.strictObject({
  id: localId,
  text: markdown,
  /** Kept at its written position when options are shuffled (e.g. "None of the above"). */
  pinned: z.boolean().default(false),
  /** Shown after answering when the learner picked this option. */
  feedback: z.string().trim().optional(),
});
type Option = z.output<typeof option>;

/** Option texts and their feedback, keyed as in QuestionHtml. */
export function optionTexts(options: Option[]): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const o of options) {
    texts[`option:${o.id}`] = o.text;
    if (o.feedback) texts[`feedback:${o.id}`] = o.feedback;
  }
  return texts;
}

/** Pinned options keep their written position; the others are shuffled around them. */
export function shuffleUnpinned(options: Array<{ id: string; pinned: boolean }>, random: () => number): string[] {
  const free = shuffle(
    options.filter((o) => !o.pinned).map((o) => o.id),
    random,
  );
  return options.map((o) => (o.pinned ? o.id : free.shift()!));
}

/** `credit`: a multiple-answer option's partial credit. */
type WrittenOption = Option & { credit?: number };

export function optionsYaml(options: WrittenOption[]) {
  return list(options.map(optionYaml));
}

function optionYaml(o: WrittenOption): YamlEntry[] {
  const entries: YamlEntry[] = [
    ['id', o.id],
    ['text', o.text],
  ];
  if (o.pinned) entries.push(['pinned', true]);
  if (o.credit !== undefined) entries.push(['credit', o.credit]);
  if (o.feedback !== undefined) entries.push(['feedback', o.feedback]);
  return entries;
}

export function optionGift(o: { text: string; feedback?: string }): string {
  return giftAnswerText(o.text) + (o.feedback ? `#${giftAnswerText(o.feedback)}` : '');
}

export function textOf(list: Array<{ id: string; text: string }>, id: string): string {
  return list.find((entry) => entry.id === id)?.text ?? id;
}

/** Empty entries named a, b, c… (or i1, i2… with a prefix), for a type an author just switched to. */
export function blankList(n: number, prefix = ''): Array<{ id: string; text: string }> {
  return Array.from({ length: n }, (_, i) => ({ id: prefix ? `${prefix}${i + 1}` : letterId(i), text: '' }));
}
