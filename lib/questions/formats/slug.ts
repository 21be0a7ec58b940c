const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(text: string): boolean {
  return slugPattern.test(text);
}

/** Lowercase ASCII words joined by single hyphens; accents are folded, other characters dropped. */
export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  // Cut at a word boundary so ids do not end in half a word.
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, maxLength)).replace(/-$/, '');
}

/** FNV-1a, 32 bits, base 36: stable across runs and platforms, with no Node-only crypto. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}

/**
 * An id for an untitled question: a readable start of the stem plus a hash of all of it and of
 * `more` (the answers), which tells apart questions with the same stem.
 */
export function stemId(stem: string, more = ''): string {
  // Tag names from HTML stems would otherwise lead the id ("p-which-b-layer…").
  const words = slugify(stem.replace(/<[^>]*>/g, ' '), 40);
  const hash = shortHash(stem.trim().replace(/\s+/g, ' ') + (more ? `\n${more}` : ''));
  return words ? `${words}-${hash}` : `q-${hash}`;
}

/** Option ids in written order: a, b, …, z, aa, ab, … */
export function letterId(index: number): string {
  let id = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) id = String.fromCharCode(97 + ((n - 1) % 26)) + id;
  return id;
}
