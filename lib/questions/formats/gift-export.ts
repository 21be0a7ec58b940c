import type { Question } from '../schema';
import { shownQuestion } from '../shown-question';
import { questionModule } from '../types/registry';
import { exhibitLosses, type ExportLoss } from './export-losses';
import { escapeGift, giftAnswerText } from './gift-text';

/** `frozen`: generated entries, each written as that many fixed variants. */
export type GiftExport = {
  gift: string;
  skipped: Array<{ id: string; reason: string }>;
  frozen: Array<{ id: string; variants: number }>;
  lost: ExportLoss[];
};

/** How many fixed variants stand for a generated entry in GIFT, unless the caller says otherwise. */
export const defaultGiftVariants = 5;

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
 * - A generated entry: GIFT has no generator, so it is written as `variants` frozen variants
 *   (seeds 1 to N, so an export is reproducible), ids `<id>-v<seed>`, after a comment that says
 *   so, and returned in `frozen`. A frozen typed answer accepts only its usual notation.
 * - Not carried (GIFT has no place for them): option/item ids (re-import numbers them a, b, …),
 *   `pinned`, `difficulty`, `section`, `objectives` and a numeric `unit`.
 * - Exhibits: GIFT has no place for them either, and a question without its exhibit may not make
 *   sense, so each question that had some is returned in `lost`.
 */
export function exportGift(questions: Question[], options: { category?: string; variants?: number } = {}): GiftExport {
  const blocks: string[] = [];
  const skipped: GiftExport['skipped'] = [];
  const frozen: GiftExport['frozen'] = [];
  const lost: ExportLoss[] = [];
  if (options.category) blocks.push(`$CATEGORY: ${options.category.replace(/\s+/g, ' ').trim()}`);
  for (const question of questions) {
    if (question.type === 'generated') {
      const variants = options.variants ?? defaultGiftVariants;
      blocks.push(`// netprep: generated question ${question.id} written as ${variants} frozen variants (seeds 1 to ${variants})`);
      // A variant is a question of a fixed type, written as any other.
      for (let seed = 1; seed <= variants; seed++)
        blocks.push(exportGift([{ ...shownQuestion(question, seed), id: `${question.id}-v${seed}` }]).gift.trimEnd());
      frozen.push({ id: question.id, variants });
      continue;
    }
    const { write } = questionModule(question).gift;
    if ('skip' in write) {
      blocks.push(`// netprep: ${question.type} question ${question.id} not expressible in GIFT`);
      skipped.push({ id: question.id, reason: write.skip });
    } else {
      blocks.push(giftQuestion(question, write(question)));
      lost.push(...exhibitLosses(question, 'not written: GIFT has no place for them'));
    }
  }
  return { gift: `${blocks.join('\n\n')}\n`, skipped, frozen, lost };
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
