/**
 * Plain text shown through our Markdown pipeline must read the same: backslash-escape the
 * characters that start inline Markdown or HTML anywhere, and the block markers (lists,
 * headings) at the start of a line when followed by a space, as Markdown requires.
 */
export function plainToMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([-+#]|\d{1,9}(?=[.)]))(?=[.)]?(?:\s|$))/gm, (_match, space: string, marker: string) =>
      /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}
