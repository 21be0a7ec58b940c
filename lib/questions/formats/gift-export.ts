import type { Question } from '../schema';
import { questionModule } from '../types/registry';
import { escapeGift, giftAnswerText } from './gift-text';

export type GiftExport = { gift: string; skipped: Array<{ id: string; reason: string }> };

/**
 * Writes GIFT that Moodle imports and `importGift` reads back to the same questions: `::id::`
 * titles, `[markdown]` text with GIFT specials escaped and newlines as `\n`, option feedback
 * `#`, the explanation as general feedback `####`, tags as `// [tag:x]` comments, and
 * `options.category` as a `$CATEGORY:` line.
 *
 * - Each type writes its own answer block (lib/questions/types/<type>/): multiple-select weights
 *   that give our partial credit, matching distractors as `= -> choice`.
 * - A type GIFT cannot hold (ordering): a comment marks the spot and the question is returned in
 *   `skipped`.
 * - Not carried (GIFT has no place for them): option/item ids (re-import numbers them a, b, …),
 *   `pinned`, `difficulty`, `section`, `objectives` and a numeric `unit`.
 */
export function exportGift(questions: Question[], options: { category?: string } = {}): GiftExport {
  const blocks: string[] = [];
  const skipped: GiftExport['skipped'] = [];
  if (options.category) blocks.push(`$CATEGORY: ${options.category.replace(/\s+/g, ' ').trim()}`);
  for (const question of questions) {
    const { write } = questionModule(question).gift;
    if ('skip' in write) {
      blocks.push(`// netprep: ${question.type} question ${question.id} not expressible in GIFT`);
      skipped.push({ id: question.id, reason: write.skip });
    } else {
      blocks.push(giftQuestion(question, write(question)));
    }
  }
  return { gift: `${blocks.join('\n\n')}\n`, skipped };
}

function giftQuestion(question: Question, { open, lines }: { open: string; lines: string[] }): string {
  const tags = question.tags.length ? [`// ${question.tags.map((tag) => `[tag:${tag}]`).join(' ')}`] : [];
  return [
    ...tags,
    `::${question.id}::[markdown]${escapeGift(question.stem)}{${open}`,
    ...lines.map((line) => `\t${line}`),
    `\t####${giftAnswerText(question.explanation)}`,
    '}',
  ].join('\n');
}
