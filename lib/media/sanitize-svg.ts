import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM } from 'jsdom';

// An SVG is a document that can run script, load other documents and show arbitrary HTML; an
// image needs none of it. Links may only point inside the image itself ("#id").
const forbiddenTags = ['style', 'foreignObject', 'image', 'script'];
const externalUrl = /url\s*\(\s*(?!['"]?\s*#)/i;

let sanitizer: { purify: DOMPurify; serialize: (node: Node) => string } | null = null;

// jsdom takes a few hundred milliseconds to load: only uploads and content sync pay for it.
function instance() {
  if (sanitizer) return sanitizer;
  const { window } = new JSDOM('');
  const purify = createDOMPurify(window as unknown as Window & typeof globalThis);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const local = /^(xlink:)?href$/i.test(data.attrName);
    if ((local && !data.attrValue.trim().startsWith('#')) || externalUrl.test(data.attrValue)) data.keepAttr = false;
  });
  const serializer = new window.XMLSerializer();
  sanitizer = { purify, serialize: (node) => serializer.serializeToString(node) };
  return sanitizer;
}

/**
 * The SVG with scripts, event handlers, styles, foreign objects and references to anything
 * outside itself removed (DOMPurify's SVG profile plus the rules above), serialized as XML so it
 * is still a valid image/svg+xml document. Null when the text holds no <svg> element.
 */
export function sanitizeSvg(text: string): string | null {
  const { purify, serialize } = instance();
  const body = purify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: forbiddenTags, RETURN_DOM: true });
  const svg = (body as Element).querySelector('svg');
  return svg ? serialize(svg) : null;
}
