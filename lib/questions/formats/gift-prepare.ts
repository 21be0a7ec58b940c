/**
 * Minimal repairs around gift-pegjs 1.0.2 where it rejects or misreads GIFT that Moodle accepts.
 * Each works on one blank-line separated block (one question) and touches only its answer block
 * `{…}`, found the way Moodle finds it: the first `{` and the next `}` not escaped by `\`.
 */

/**
 * Stands for `->` inside option texts while gift-pegjs parses: a private-use character no GIFT
 * file carries, put back by `restoreArrows` on every parsed string.
 */
const arrow = '\uE000';

type Range = { open: number; close: number };

/** The first unescaped `{` after the block's leading comment lines, and the next unescaped `}`. */
export function answerBlockRange(text: string): Range | null {
  const body = /^(?:[ \t]*\/\/[^\n]*(?:\n|$))*/.exec(text)?.[0].length ?? 0;
  let open = -1;
  for (let i = body; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (open < 0 && text[i] === '{') open = i;
    else if (open >= 0 && text[i] === '}') return { open, close: i };
  }
  return null;
}

function mapAnswerBlock(text: string, range: Range, map: (answers: string) => string): string {
  return text.slice(0, range.open + 1) + map(text.slice(range.open + 1, range.close)) + text.slice(range.close);
}

/**
 * The block as gift-pegjs should read it first:
 * - `-\>` (how our export escapes `->` in an answer, since GIFT has no escape for it) becomes a
 *   placeholder, so the answer is not a matching pair and reads back as `->`;
 * - a numerical answer block starting with a bare number gets the `=` gift-pegjs requires when
 *   more answers follow (`{#3:2 ~#Completely wrong}`); Moodle reads the first answer as 100 %.
 */
export function prepareGiftBlock(text: string): string {
  const range = answerBlockRange(text);
  if (!range) return text;
  return mapAnswerBlock(text, range, (answers) => answers.replaceAll('-\\>', arrow).replace(/^(\s*#\s*)(?=[-+.\d])/, '$1='));
}

/**
 * The block with every `->` of its answer block hidden, for a second parse when the first failed:
 * gift-pegjs commits to a matching question at the first `->` and then fails on an answer
 * without one, where Moodle reads a question with `~` answers as multiple choice
 * (`{=R1 -> R2 ~R2 -> R1}`). Null when there is no `->` to hide.
 */
export function withoutArrows(text: string): string | null {
  const range = answerBlockRange(text);
  if (!range || !text.slice(range.open, range.close).includes('->')) return null;
  return mapAnswerBlock(text, range, (answers) => answers.replaceAll('->', arrow));
}

/** Every string in a parsed question with the `->` placeholder put back. */
export function restoreArrows<T>(value: T): T {
  if (typeof value === 'string') return value.replaceAll(arrow, '->') as T;
  if (Array.isArray(value)) return value.map(restoreArrows) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, restoreArrows(v)])) as T;
  return value;
}

/**
 * gift-pegjs joins a fill-in-the-blank stem as `before + " _____ " + after`, adding spaces that
 * were not there (`equals {=four}.` became `equals _____ .`). Moodle keeps the text around the
 * answer block as written, so the spaces are taken from the block itself.
 */
export function blankStem(stem: string, text: string): string {
  const range = answerBlockRange(text);
  if (!range) return stem;
  const at = stem.startsWith('_____ ') ? 0 : stem.indexOf(' _____ ');
  if (at < 0) return stem;
  const before = stem.slice(0, at);
  const after = stem.slice(at === 0 ? 6 : at + 7);
  const spaceBefore = at > 0 && /\s/.test(text[range.open - 1] ?? '') ? ' ' : '';
  const spaceAfter = after !== '' && /\s/.test(text[range.close + 1] ?? '') ? ' ' : '';
  return `${before}${spaceBefore}_____${spaceAfter}${after}`;
}

/**
 * Tags from the block's leading `// [tag:…]` comments, with `\]` read as `]` as Moodle reads it
 * (gift-pegjs stops at the escaped bracket: `[tag:t\]ag]` gave "t\").
 */
export function giftTags(text: string): string[] {
  const comments = /^(?:[ \t]*\/\/[^\n]*(?:\n|$))*/.exec(text)?.[0] ?? '';
  return [...comments.matchAll(/\[tag:((?:\\.|[^\]\\\n])+)\]/g)].map((match) => match[1].replace(/\\(.)/g, '$1').trim()).filter(Boolean);
}
