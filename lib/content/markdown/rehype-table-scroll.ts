import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Wraps each table in a scroll box that keyboard users can focus: on a phone a wide table scrolls
 * sideways, and a scroll box that cannot take focus cannot be scrolled without a pointer. The box
 * is a named region so a screen reader announces what the tab stop is.
 */
export default function rehypeTableScroll() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'table' || !parent || index === undefined) return;
      const wrapper: Element = {
        type: 'element',
        tagName: 'div',
        properties: { className: ['table-scroll'], role: 'region', tabIndex: 0, ariaLabel: tableLabel(node) },
        children: [node],
      };
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
}

function tableLabel(table: Element): string {
  const headers: string[] = [];
  visit(table, 'element', (cell) => {
    if (cell.tagName === 'th') headers.push(toString(cell).trim());
  });
  const named = headers.filter(Boolean);
  return named.length ? `Table: ${named.join(', ')}` : 'Table';
}
