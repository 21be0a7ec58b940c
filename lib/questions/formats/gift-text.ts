import type { TextFormat } from 'gift-pegjs';
import { plainToMarkdown } from './plain-text';

/**
 * GIFT text to our Markdown, as Moodle reads each format: `[markdown]` is kept as is; `[html]` is
 * kept as raw HTML (rendered sanitized, like lesson bodies); `[plain]` has every Markdown
 * construct escaped; `[moodle]`, the default when a text names no format, is plain text in which
 * HTML tags still work (Moodle's auto-format), so `*`, `#`, `+` and `\` stay literal.
 */
export function giftTextToMarkdown(text: TextFormat): string {
  if (text.format === 'markdown' || text.format === 'html') return text.text;
  return plainToMarkdown(text.text, { keepHtml: text.format === 'moodle' });
}

const placeholders: Record<string, string> = {
  '&&092;': '\\',
  '&&058;': ':',
  '&&035;': '#',
  '&&061;': '=',
  '&&123;': '{',
  '&&125;': '}',
  '&&126;': '~',
  '&&010': '\n',
};

/** gift-pegjs 1.0.2 decodes escapes everywhere except in matching answers, where its placeholders leak. */
export function decodeGiftPlaceholders(text: string): string {
  return text.replace(/&&(?:092|058|035|061|123|125|126);|&&010/g, (placeholder) => placeholders[placeholder]);
}

/**
 * Escapes GIFT's control characters and writes newlines as `\n`, so every text stays on one
 * line: a blank line would end the question.
 */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, '\\$&').replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * An answer or feedback that starts with "%" would read as a weight, and one that starts with
 * "[" as a format tag; an explicit `[markdown]` tag in front keeps it text. `->` would make
 * Moodle read a question whose answers are all `=` as matching: GIFT has no escape for it, so it
 * is written `-\>` (Markdown for the same text), which `importGift` reads back as `->`.
 */
export function giftAnswerText(text: string): string {
  const escaped = escapeGift(text).replaceAll('->', '-\\>');
  return /^[%[]/.test(escaped) ? `[markdown]${escaped}` : escaped;
}

/** A GIFT answer worth 100 %: marked `=` with no weight, or weighted exactly 100. */
export function giftFullCredit(choice: { isCorrect: boolean; weight: number | null }): boolean {
  return choice.isCorrect && (choice.weight === null || choice.weight === 100);
}

/** GIFT numbers have no exponent: 1e-7 must be written 0.0000001. */
export function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, whole, fraction = '', exponent] = match;
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
