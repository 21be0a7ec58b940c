import type { Question, QuestionOf } from '../schema';
import { escapeGift, giftAnswerText } from './gift-text';

export type GiftExport = { gift: string; skipped: Array<{ id: string; reason: string }> };
type Exportable = Exclude<Question, { type: 'ordering' }>;

/**
 * Writes GIFT that Moodle imports and `importGift` reads back to the same questions: `::id::`
 * titles, `[markdown]` text with GIFT specials escaped and newlines as `\n`, option feedback
 * `#`, the explanation as general feedback `####`, tags as `// [tag:x]` comments, and
 * `options.category` as a `$CATEGORY:` line.
 *
 * - multiple: each correct option weighs +100/n %, each wrong one −100/n %, so Moodle's
 *   clamped total equals our practice partial credit max(0, (right − wrong) / n).
 * - matching: choices no prompt points to are written as Moodle distractors, `= -> choice`.
 *   A "->" inside a prompt is written "-\>", which Markdown renders as "->".
 * - ordering: GIFT has no such type; a comment marks the spot and the question is returned in
 *   `skipped`.
 * - Not carried (GIFT has no place for them): option/item ids (re-import numbers them a, b, …),
 *   `pinned`, `difficulty`, `section`, `objectives` and a numeric `unit`.
 */
export function exportGift(questions: Question[], options: { category?: string } = {}): GiftExport {
  const blocks: string[] = [];
  const skipped: GiftExport['skipped'] = [];
  if (options.category) blocks.push(`$CATEGORY: ${options.category.replace(/\s+/g, ' ').trim()}`);
  for (const question of questions) {
    if (question.type === 'ordering') {
      blocks.push(`// netprep: ordering question ${question.id} not expressible in GIFT`);
      skipped.push({ id: question.id, reason: 'GIFT has no ordering question type' });
    } else {
      blocks.push(giftQuestion(question));
    }
  }
  return { gift: `${blocks.join('\n\n')}\n`, skipped };
}

function giftQuestion(question: Exportable): string {
  const tags = question.tags.length ? [`// ${question.tags.map((tag) => `[tag:${tag}]`).join(' ')}`] : [];
  const { open, lines } = answers(question);
  return [
    ...tags,
    `::${question.id}::[markdown]${escapeGift(question.stem)}{${open}`,
    ...lines.map((line) => `\t${line}`),
    `\t####${giftAnswerText(question.explanation)}`,
    '}',
  ].join('\n');
}

function answers(question: Exportable): { open: string; lines: string[] } {
  switch (question.type) {
    case 'single':
      return { open: '', lines: question.options.map((o) => `${o.id === question.answer ? '=' : '~'}${optionText(o)}`) };
    case 'multiple': {
      const correct = new Set(question.answer);
      const weight = percent(100 / correct.size);
      return { open: '', lines: question.options.map((o) => `~%${correct.has(o.id) ? '' : '-'}${weight}%${optionText(o)}`) };
    }
    case 'truefalse':
      return { open: question.answer ? 'TRUE' : 'FALSE', lines: [] };
    case 'text':
      return { open: '', lines: question.accept.map((accepted) => `=${giftAnswerText(accepted)}`) };
    case 'numeric':
      return { open: `#${numericAnswer(question.answer)}`, lines: [] };
    case 'matching':
      return { open: '', lines: matchingLines(question) };
  }
}

function optionText(option: { text: string; feedback?: string }): string {
  return giftAnswerText(option.text) + (option.feedback ? `#${giftAnswerText(option.feedback)}` : '');
}

function matchingLines(question: QuestionOf<'matching'>): string[] {
  const choiceText = (id: string) => escapeGift(question.choices.find((c) => c.id === id)?.text ?? id);
  const used = new Set(question.prompts.map((p) => p.match));
  return [
    ...question.prompts.map((p) => `=${giftAnswerText(p.text).replace(/->/g, '-\\>')} -> ${choiceText(p.match)}`),
    ...question.choices.filter((c) => !used.has(c.id)).map((c) => `= -> ${choiceText(c.id)}`),
  ];
}

function numericAnswer(answer: QuestionOf<'numeric'>['answer']): string {
  if ('min' in answer) return `${plainNumber(answer.min)}..${plainNumber(answer.max)}`;
  return answer.tolerance ? `${plainNumber(answer.value)}:${plainNumber(answer.tolerance)}` : plainNumber(answer.value);
}

/** Moodle's grade list holds fractions such as 33.33333 %; five decimals match it. */
function percent(value: number): string {
  return String(Number(value.toFixed(5)));
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
