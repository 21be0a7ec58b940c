import { parse, type GIFTQuestion, type SyntaxError as GiftSyntaxError } from 'gift-pegjs';
import { mapGiftQuestion, type GiftQuestion } from './gift-map';
import { giftTextToMarkdown } from './gift-text';
import { emptyResult, type ImportOptions, type ImportResult } from './import-result';
import { addDraft } from './question-draft';
import { isSlug, slugify, stemId } from './slug';

/**
 * Imports Moodle GIFT with gift-pegjs. The text is first split into blank-line separated blocks
 * (GIFT's own question separator, which Moodle splits on too) and each block parsed alone: that
 * gives every question its line, and one broken question does not hide the others.
 *
 * - `=` multiple choice → single; `~%w%` weighted → multiple (positive weights are the answer);
 *   T/F → truefalse; short answer → text; numerical (`a:tol`, `min..max`, first 100% answer of
 *   several) → numeric; matching → matching (`= -> x` pairs become distractor choices).
 * - Id: the `::title::` verbatim when it is a valid slug, else its slug, else a slug of the stem
 *   plus a short hash. Tags: `// [tag:x]` comments plus the last segment of `$CATEGORY:`.
 * - `####` general feedback → explanation; without it the explanation states the answer and a
 *   warning says so. Essays, descriptions and the like are listed in `skipped`.
 */
export function importGift(text: string, options: ImportOptions): ImportResult {
  const result = emptyResult(options);
  let categoryTag: string | undefined;
  for (const block of giftBlocks(text)) {
    let nodes: GIFTQuestion[];
    try {
      nodes = parse(block.text);
    } catch (error) {
      if (!isGiftSyntaxError(error)) throw error;
      const line = block.line + error.location.start.line - 1;
      result.problems.push({ file: options.file, line, message: `GIFT syntax error: ${error.message}`, severity: 'error' });
      continue;
    }
    for (const node of nodes) {
      if (node.type === 'Category') categoryTag = slugify(node.title.split('/').filter(Boolean).pop() ?? '') || undefined;
      else importQuestion(result, node, block.questionLine, categoryTag, options.file);
    }
  }
  return result;
}

function importQuestion(result: ImportResult, node: GiftQuestion, line: number, categoryTag: string | undefined, file: string) {
  const title = node.title?.trim() || undefined;
  const stem = giftTextToMarkdown(node.stem);
  const id = title && isSlug(title) ? title : (title && slugify(title)) || stemId(stem);
  const tags = [...new Set([...(node.tags ?? []).map((tag) => slugify(tag)), categoryTag ?? ''].filter(Boolean))];
  const mapped = mapGiftQuestion(node, { id, stem, tags });
  if ('skip' in mapped) {
    result.skipped.push({ line, ...(title ? { title } : {}), reason: mapped.skip });
    return;
  }
  for (const loss of mapped.losses) result.losses.push({ line, ...(title ? { title } : {}), ...loss });
  const feedback = 'globalFeedback' in node ? node.globalFeedback : null;
  addDraft(result, file, line, mapped.draft, feedback ? giftTextToMarkdown(feedback) : undefined);
}

type Block = { text: string; line: number; questionLine: number };

/** Blank-line separated blocks that hold more than comments, with their 1-based first lines. */
function giftBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: Block[] = [];
  let start = -1;
  lines.forEach((line, index) => {
    const blank = /^[ \t]*$/.test(line);
    if (!blank && start < 0) start = index;
    if (start >= 0 && (blank || index === lines.length - 1)) {
      const chunk = lines.slice(start, blank ? index : index + 1);
      const firstContent = chunk.findIndex((l) => !/^[ \t]*\/\//.test(l));
      if (firstContent >= 0) blocks.push({ text: chunk.join('\n'), line: start + 1, questionLine: start + firstContent + 1 });
      start = -1;
    }
  });
  return blocks;
}

function isGiftSyntaxError(error: unknown): error is GiftSyntaxError {
  return error instanceof Error && error.name === 'SyntaxError' && typeof (error as Partial<GiftSyntaxError>).location?.start?.line === 'number';
}
