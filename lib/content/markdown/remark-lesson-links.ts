import type { Definition, Image, ImageReference, Link, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { compileState, fileLine, type CompileState } from './compile-state';

// Browsers ignore tabs, newlines and control characters inside a scheme ("java\tscript:").
const unsafeScheme = /^(?:javascript|vbscript|data):/i;
// Authors link lessons by file so links also work on GitHub and in editors; the id is the file name.
const lessonFile = /^(?:\.{1,2}\/)*(?:[^/?#:]+\/)*([^/?#:]+)\.md(?:#(.*))?$/;

function decodeAnchor(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

function isUnsafe(url: string): boolean {
  return unsafeScheme.test(url.replace(/[\u0000-\u0020]/g, ''));
}

function rewrite(node: Link | Definition, state: CompileState): void {
  const line = fileLine(state, node);
  if (isUnsafe(node.url)) {
    state.warnings.push({ line, message: `unsafe link "${node.url.slice(0, 40)}" removed by the sanitizer` });
    return;
  }
  if (node.url.startsWith('#')) {
    state.links.push({ lessonId: null, anchor: decodeAnchor(node.url.slice(1)) || null, line });
    return;
  }
  const match = lessonFile.exec(node.url);
  if (!match) return;
  const [, lessonId, anchor] = match;
  node.url = `/lessons/${lessonId}${anchor ? `#${anchor}` : ''}`;
  state.links.push({ lessonId, anchor: anchor ? decodeAnchor(anchor) : null, line });
}

function checkImage(node: Image | ImageReference, state: CompileState): void {
  const line = fileLine(state, node);
  // A missing alt text is an error, reported with the image's address by rehype-images.
  if (node.type === 'image' && isUnsafe(node.url)) state.warnings.push({ line, message: 'unsafe image URL removed by the sanitizer' });
}

/** Rewrites links to lesson files into site routes and records every internal link with its file line. */
export default function remarkLessonLinks() {
  return (tree: Root, file: { data: Record<string, unknown> }) => {
    const state = compileState(file);
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') rewrite(node, state);
      else if (node.type === 'image' || node.type === 'imageReference') checkImage(node, state);
    });
  };
}
