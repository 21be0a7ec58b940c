/**
 * Plain text shown through our Markdown pipeline must read the same: backslash-escape the
 * characters that start inline Markdown or HTML anywhere, and the block markers (lists,
 * headings, quotes) at the start of a line.
 */
export function plainToMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~&]/g, '\\$&')
    .replace(/^(\s*)([-+#]|\d+(?=[.)]))/gm, (_match, space: string, marker: string) =>
      /\d/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
    );
}
