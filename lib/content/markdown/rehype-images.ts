import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { sizeImage } from '../../media/size-image';
import { compileState, fileLine } from './compile-state';

/**
 * Points images at the stored copies and sizes them (after sanitizing, so the sanitizer never
 * sees the added attributes). A lesson file refers to a picture in its chapter's `images/` folder
 * by its relative path; a browser-written lesson by the address the upload gave. An image that
 * is neither, or has no alt text, is an error of the lesson at its line.
 */
export default function rehypeImages() {
  return (tree: Root, file: VFile) => {
    const state = compileState(file);
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'img') return;
      const line = fileLine(state, node);
      const written = typeof node.properties.src === 'string' ? node.properties.src : '';
      const stored = state.images[written.replace(/^\.\//, '')];
      if (stored) node.properties.src = stored;
      const ref = sizeImage(node);
      if (ref) state.mediaHashes.push(ref.hash);
      else state.errors.push({ line, message: `image "${written}" is not stored: put it in the images/ folder next to the lesson, or upload it in the lesson editor` });
      const alt = typeof node.properties.alt === 'string' ? node.properties.alt.trim() : '';
      if (!alt) state.errors.push({ line, message: `image "${written}" has no alt text: say what it shows, as in ![what it shows](${written})` });
    });
  };
}
