import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const plainLanguages = new Set([undefined, 'text', 'ascii', 'plaintext', 'txt']);
const boxDrawing = /[\u2500-\u257F]/;
const asciiBoxLine = /^[ \t]*\+(?:[-=]+\+)+/m;

function languageOf(code: Element): string | undefined {
  const classes = code.properties.className;
  const list = Array.isArray(classes) ? classes.map(String) : [];
  return list.find((name) => name.startsWith('language-'))?.slice('language-'.length);
}

export function isDiagram(language: string | undefined, text: string): boolean {
  return plainLanguages.has(language) && (boxDrawing.test(text) || asciiBoxLine.test(text));
}

/**
 * Marks fenced code blocks for styling. Diagrams get their own class so the stylesheet can
 * keep them from wrapping; tabindex lets keyboard users scroll blocks wider than the page.
 */
export default function rehypeCodeBlocks() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'pre') return;
      const code = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
      if (!code) return;
      const classes = ['code-block'];
      if (isDiagram(languageOf(code), toString(code))) classes.push('diagram');
      node.properties.className = classes;
      node.properties.tabIndex = 0;
    });
  };
}
