import type { Html, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import { compileState, fileLine } from './compile-state';

// Blocks whose text is prose; code blocks and raw HTML are deliberately not among them.
const proseBlocks = new Set(['paragraph', 'heading', 'tableCell']);
const wordPattern = /[\p{L}\p{N}]/u;

/** Best effort: the sanitizer removes these silently, so tell the author what went missing. */
const removedHtml: [RegExp, string][] = [
  [/<\s*script\b/i, '<script>'],
  [/<\s*style\b/i, '<style>'],
  [/<\s*iframe\b/i, '<iframe>'],
  [/<\s*(?:object|embed)\b/i, '<object>/<embed>'],
  [/<\s*form\b/i, '<form>'],
  [/<[^>]*\son[a-z]+\s*=/i, 'event-handler attribute'],
  [/<[^>]*\sstyle\s*=/i, 'style attribute'],
  [/=\s*["']?\s*(?:javascript|vbscript|data)\s*:/i, 'script or data URL'],
];

function fromCode(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '';
}

// Payloads hide schemes behind character references (&#106;avascript:); the browser decodes them.
function decodeNumericEntities(html: string): string {
  return html
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => fromCode(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => fromCode(Number.parseInt(dec, 10)));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => wordPattern.test(word)).length;
}

function checkHtml(node: Html): string[] {
  const html = decodeNumericEntities(node.value);
  return removedHtml.filter(([pattern]) => pattern.test(html)).map(([, what]) => what);
}

/** Counts prose words for the reading time and warns about raw HTML the sanitizer will drop. */
export default function remarkLessonStats() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const state = compileState(file);
    visit(tree, (node) => {
      if (!proseBlocks.has(node.type)) return;
      state.wordCount += countWords(toString(node, { includeHtml: false }));
      return SKIP;
    });
    // Inline HTML sits inside paragraphs, which the word count skips over, hence a second walk.
    visit(tree, 'html', (node) => {
      const removed = checkHtml(node);
      if (removed.length) state.warnings.push({ line: fileLine(state, node), message: `raw HTML removed by the sanitizer: ${removed.join(', ')}` });
    });
  };
}
