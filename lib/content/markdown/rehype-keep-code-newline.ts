import type { Root, Text } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Runs before rehype-raw. rehype-raw re-parses the tree with parse5, which follows the HTML rule
 * "a newline right after <pre> is dropped" even when <code> comes between, so a fenced code block
 * whose first line is blank lost that line (diagrams depend on exact lines). A second newline in
 * front is the one the parser drops. tests/unit/compile-lesson.test.ts pins the exact result.
 */
export default function rehypeKeepCodeNewline() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre') return;
      const code = node.children[0];
      if (code?.type !== 'element' || code.tagName !== 'code') return;
      const first = code.children[0];
      if (first?.type === 'text' && first.value.startsWith('\n')) (first as Text).value = `\n${first.value}`;
    });
  };
}
