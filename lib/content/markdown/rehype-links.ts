import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

const clobberPrefix = 'user-content-';

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function classList(node: Element): string[] {
  const classes = node.properties.className;
  return Array.isArray(classes) ? classes.map(String) : [];
}

/**
 * Finishes links after sanitizing. External links get rel="noopener noreferrer" and a class
 * (no target: opening tabs is the reader's choice). Fragment links are pointed at the ids the
 * sanitizer prefixed (footnotes, ids in raw HTML) unless a heading id matches them as written.
 */
export default function rehypeLinks() {
  return (tree: Root) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node) => {
      if (typeof node.properties.id === 'string') ids.add(node.properties.id);
    });
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'a' || typeof node.properties.href !== 'string') return;
      const href = node.properties.href;
      if (/^https?:\/\//i.test(href)) {
        node.properties.rel = ['noopener', 'noreferrer'];
        node.properties.className = [...classList(node), 'external'];
        return;
      }
      if (!href.startsWith('#')) return;
      const target = safeDecode(href.slice(1));
      const isFootnote = node.properties.dataFootnoteRef !== undefined || node.properties.dataFootnoteBackref !== undefined;
      if ((isFootnote || !ids.has(target)) && ids.has(clobberPrefix + target)) node.properties.href = `#${clobberPrefix}${href.slice(1)}`;
    });
  };
}
