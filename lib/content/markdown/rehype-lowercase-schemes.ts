import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

// The URL properties whose protocol the sanitize schema checks (defaultSchema.protocols).
const urlProperties = ['href', 'src', 'cite', 'longDesc'] as const;
const scheme = /^[a-z][a-z\d+.-]*(?=:)/i;

/**
 * Runs before rehype-sanitize, whose protocol check is case-sensitive: `[x](HTTPS://example.com)`
 * lost its href. URL schemes are case-insensitive (RFC 3986 §3.1), so they are lowercased, which
 * also lets the sanitizer drop `JavaScript:` like `javascript:`.
 */
export default function rehypeLowercaseSchemes() {
  return (tree: Root) => {
    visit(tree, 'element', (node) => {
      for (const key of urlProperties) {
        const value = node.properties[key];
        if (typeof value === 'string') node.properties[key] = value.replace(scheme, (name) => name.toLowerCase());
      }
    });
  };
}
