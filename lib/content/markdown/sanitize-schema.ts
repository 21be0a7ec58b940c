import { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';

// Elements whose content must go with them: left in place, their text would print as visible
// markup (a payload inside <style> or <noscript> comes back out as text).
const dropWithContent = ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'noembed', 'noframes', 'textarea', 'title', 'xmp', 'plaintext', 'select'];
const formAttributes = new Set(['action', 'method', 'encType', 'acceptCharset', 'accept']);

/**
 * GitHub's schema, slightly narrowed (no form attributes, checkboxes only inside list items)
 * and widened only for the one class the remark steps add before sanitizing. Everything else
 * the compiler adds (call-outs, code-block classes, heading ids and anchors, rel) is added after
 * sanitizing, so it needs no exception here.
 */
export const lessonSanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: [...new Set([...(defaultSchema.strip ?? []), ...dropWithContent])],
  ancestors: { ...defaultSchema.ancestors, input: ['li'] },
  attributes: {
    ...defaultSchema.attributes,
    '*': (defaultSchema.attributes?.['*'] ?? []).filter((attribute) => typeof attribute !== 'string' || !formAttributes.has(attribute)),
    p: [['className', 'next-lesson']],
  },
};
