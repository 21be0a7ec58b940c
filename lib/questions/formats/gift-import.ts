import { parse, type GIFTQuestion, type SyntaxError as GiftSyntaxError } from 'gift-pegjs';
import { mapGiftQuestion, type GiftQuestion } from './gift-map';
import { blankStem, giftTags, prepareGiftBlock, restoreArrows, withoutArrows } from './gift-prepare';
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
    const parsed = parseBlock(block.text);
    if ('error' in parsed) {
      const line = block.line + parsed.error.location.start.line - 1;
      result.problems.push({ file: options.file, line, message: `GIFT syntax error: ${parsed.error.message}`, severity: 'error' });
      continue;
    }
    for (const node of parsed.nodes) {
      if (node.type === 'Category') categoryTag = slugify(node.title.split('/').filter(Boolean).pop() ?? '') || undefined;
      else importQuestion(result, node, block, categoryTag, options.file);
    }
  }
  return result;
}

/** gift-pegjs on the prepared block, then once more with `->` hidden if that failed (see gift-prepare.ts). */
function parseBlock(text: string): { nodes: GIFTQuestion[] } | { error: GiftSyntaxError } {
  const prepared = prepareGiftBlock(text);
  try {
    return { nodes: restoreArrows(parse(prepared)) };
  } catch (error) {
    if (!isGiftSyntaxError(error)) throw error;
    const retry = withoutArrows(prepared);
    if (retry === null) return { error };
    try {
      return { nodes: restoreArrows(parse(retry)) };
    } catch {
      return { error };
    }
  }
}

function importQuestion(result: ImportResult, node: GiftQuestion, block: Block, categoryTag: string | undefined, file: string) {
  const line = block.questionLine;
  const title = node.title?.trim() || undefined;
  const stem = giftTextToMarkdown(node.hasEmbeddedAnswers ? { ...node.stem, text: blankStem(node.stem.text, block.text) } : node.stem);
  const id = title && isSlug(title) ? title : (title && slugify(title)) || untitledId(result, stem, block.text);
  const tags = [...new Set([...giftTags(block.text).map((tag) => slugify(tag)), categoryTag ?? ''].filter(Boolean))];
  const mapped = mapGiftQuestion(node, { id, stem, tags });
  if ('skip' in mapped) {
    result.skipped.push({ line, ...(title ? { title } : {}), reason: mapped.skip });
    return;
  }
  for (const loss of mapped.losses) result.losses.push({ line, ...(title ? { title } : {}), ...loss });
  const feedback = 'globalFeedback' in node ? node.globalFeedback : null;
  addDraft(result, file, line, mapped.draft, feedback ? giftTextToMarkdown(feedback) : undefined);
}

/**
 * An untitled question's id: from its stem, as before; when an earlier question of the file took
 * that id (Moodle imports both), from the stem and the whole question text; for an identical
 * copy, that plus its number. Re-importing the same file gives the same ids.
 */
function untitledId(result: ImportResult, stem: string, text: string): string {
  const taken = (id: string) => result.questions.some((entry) => entry.question.id === id);
  const first = stemId(stem);
  if (!taken(first)) return first;
  const second = stemId(stem, text);
  let id = second;
  for (let n = 2; taken(id); n++) id = `${second}-${n}`;
  return id;
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
