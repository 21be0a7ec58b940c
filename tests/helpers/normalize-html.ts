import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

/**
 * HTML as a comparable string, for the CommonMark conformance test: parsed as an HTML fragment,
 * whitespace-only text between block elements dropped, and what our compiler adds on purpose
 * after sanitizing taken away again (code-block classes, table scroll boxes, heading ids and anchors, rel and class
 * on external links, the sanitizer's id prefix). Scheme case is folded, as we lowercase schemes.
 */
const blocks = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'div',
]);

function strip() {
  return (tree: Root) => {
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      const siblings = parent.children as RootContent[];
      if (node.type === 'text' && /^\s*$/.test(node.value) && (parent.type === 'root' || blocks.has((parent as Element).tagName))) {
        const neighbours = [siblings[index - 1], siblings[index + 1]];
        if (neighbours.every((n) => !n || (n.type === 'element' && blocks.has(n.tagName)))) {
          siblings.splice(index, 1);
          return index;
        }
      }
      if (node.type === 'element' && node.tagName === 'a' && (node.properties.className as string[] | undefined)?.includes('heading-anchor')) {
        siblings.splice(index, 1);
        return index;
      }
      if (node.type === 'element' && node.tagName === 'div' && (node.properties.className as string[] | undefined)?.includes('table-scroll')) {
        siblings.splice(index, 1, ...node.children);
        return index;
      }
    });
    visit(tree, 'element', (node) => {
      if (/^h[1-6]$/.test(node.tagName)) delete node.properties.id;
      if (node.tagName === 'pre') {
        delete node.properties.className;
        delete node.properties.tabIndex;
      }
      if (node.tagName === 'a') {
        delete node.properties.rel;
        const classes = ((node.properties.className as string[] | undefined) ?? []).filter((name) => name !== 'external');
        if (classes.length) node.properties.className = classes;
        else delete node.properties.className;
      }
      for (const key of ['href', 'src']) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = value.replace(/^[a-z][a-z\d+.-]*(?=:)/i, (name) => name.toLowerCase());
      }
      if (typeof node.properties.id === 'string') node.properties.id = node.properties.id.replace(/^user-content-/, '');
    });
    // Trailing whitespace at the end of the last text in a block is not significant.
    visit(tree, 'text', (node, index, parent) => {
      if (parent && index === parent.children.length - 1 && parent.type === 'element' && parent.tagName !== 'code' && blocks.has(parent.tagName)) {
        node.value = node.value.replace(/\s+$/, '');
      }
    });
  };
}

const processor = unified().use(rehypeParse, { fragment: true }).use(strip).use(rehypeStringify).freeze();

export function normalizeHtml(html: string): string {
  return String(processor.processSync(html)).trim();
}
