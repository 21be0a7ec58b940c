import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

const calloutClass: Record<string, string> = {
  'Exam Tip:': 'callout-exam-tip',
  'Note:': 'callout-note',
  'Warning:': 'callout-warning',
};

function calloutOf(paragraph: Element): string | undefined {
  const first = paragraph.children[0];
  if (first?.type !== 'element' || first.tagName !== 'strong') return undefined;
  return calloutClass[toString(first).trim()];
}

/**
 * Wraps "**Exam Tip:** …" style paragraphs in an aside, so authors get call-outs from plain
 * Markdown that still reads well on GitHub. Runs after sanitizing, hence no schema exception.
 */
export default function rehypeCallouts() {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      if (parent.type === 'element' && parent.tagName === 'aside') return;
      const kind = calloutOf(node);
      if (!kind) return;
      parent.children[index] = { type: 'element', tagName: 'aside', properties: { className: ['callout', kind], role: 'note' }, children: [node] };
      return [SKIP, index + 1];
    });
  };
}
