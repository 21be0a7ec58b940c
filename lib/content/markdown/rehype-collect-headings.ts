import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { compileState } from './compile-state';

function isAnchor(node: Element['children'][number]): boolean {
  if (node.type !== 'element' || node.tagName !== 'a') return false;
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes('heading-anchor');
}

function headingRank(node: Element): number | null {
  return /^h[1-6]$/.test(node.tagName) ? Number(node.tagName[1]) : null;
}

function isFootnoteLabel(node: Element): boolean {
  return node.properties.id === 'user-content-footnote-label';
}

/** Records heading ids (for link checks) and the h2/h3 table of contents, in document order. */
export default function rehypeCollectHeadings() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const state = compileState(file);
    visit(tree, 'element', (node) => {
      const rank = headingRank(node);
      if (!rank || typeof node.properties.id !== 'string') return;
      state.headingIds.push(node.properties.id);
      if ((rank !== 2 && rank !== 3) || isFootnoteLabel(node)) return;
      const text = node.children.filter((child) => !isAnchor(child)).map((child) => toString(child)).join('').trim();
      state.toc.push({ depth: rank, id: node.properties.id, text });
    });
  };
}
