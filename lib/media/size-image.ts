import type { Element } from 'hast';
import { parseMediaUrl, type MediaRef } from './media-url';

/**
 * Gives an <img> of a stored image its width and height (read from its address), so the page
 * reserves its box before it loads and nothing below it jumps; lazy loading for the rest.
 * Returns the image's parts, or null when the element shows no stored image.
 */
export function sizeImage(node: Element): MediaRef | null {
  const ref = typeof node.properties.src === 'string' ? parseMediaUrl(node.properties.src) : null;
  if (!ref) return null;
  node.properties.width = ref.width;
  node.properties.height = ref.height;
  node.properties.loading = 'lazy';
  node.properties.decoding = 'async';
  return ref;
}
