import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { compileState } from './compile-state';

const skipped = new Set(['pre', 'script', 'style']);

function isSectionHeading(node: RootContent): boolean {
  return node.type === 'element' && (node.tagName === 'h2' || node.tagName === 'h3') && typeof node.properties.id === 'string';
}

/**
 * Splits the page's prose into h2/h3 sections (the intro before the first heading has the
 * anchor ""), so search can rank and link to the section that matches, not just the lesson.
 * Code blocks are left out: diagrams are noise in a search snippet.
 */
export default function rehypeCollectSections() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const state = compileState(file);
    let current = { anchor: '', heading: '', text: [] as string[] };
    const flush = () => {
      const text = current.text.join(' ').replace(/\s+/g, ' ').trim();
      if (text || current.heading) state.sections.push({ anchor: current.anchor, heading: current.heading, text });
    };
    for (const node of tree.children) {
      if (isSectionHeading(node)) {
        flush();
        const heading = node as Element;
        current = { anchor: String(heading.properties.id), heading: toString(heading).replace(/#$/, '').trim(), text: [] };
      } else if (node.type === 'element' && !skipped.has(node.tagName)) {
        current.text.push(toString(node));
      } else if (node.type === 'text') {
        current.text.push(node.value);
      }
    }
    flush();
  };
}
