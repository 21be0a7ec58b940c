/**
 * Plain text shown through our Markdown pipeline must read the same: every Markdown construct
 * is neutralised with a backslash (CommonMark lets any ASCII punctuation be escaped).
 *
 * - Anywhere: the characters that start inline Markdown, GFM or HTML (`\ * _ [ ] < > | ~ & ``).
 * - At the start of a line: list markers (`-`, `+`, `1. `, `1) `), headings (`#`), thematic
 *   breaks and setext underlines (`---`, `===`), and leading spaces, which would make an
 *   indented code block. Trailing spaces, a hard line break, are dropped.
 *
 * `keepHtml` is Moodle's auto-format: plain text in which HTML tags and entities still work, so
 * `<`, `>` and `&` are left alone except `>` at the start of a line (a block quote).
 */
export function plainToMarkdown(text: string, { keepHtml = false }: { keepHtml?: boolean } = {}): string {
  const inline = keepHtml ? /[\\`*_[\]|~]/g : /[\\`*_[\]<>|~&]/g;
  return text
    .replace(inline, '\\$&')
    .replace(/^[ \t]+|[ \t]+$/gm, '')
    .replace(/^(\d{1,9})(?=[.)](?:\s|$))/gm, '$1\\')
    .replace(/^[-+#=>]/gm, '\\$&');
}
