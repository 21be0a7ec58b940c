import type { ContentProblem } from './problems';

export type SplitFile = {
  /** The YAML between the `---` lines, or null when the file has no usable frontmatter. */
  frontmatter: string | null;
  /** Added to a line of `frontmatter` to get the file line (the opening `---` is line 1). */
  frontmatterLineOffset: number;
  body: string;
  /** 1-based file line on which `body` starts, so Markdown positions can be reported as file lines. */
  bodyStartLine: number;
  problems: ContentProblem[];
};

const delimiter = /^---[ \t]*$/;

/** Splits `---`-delimited YAML frontmatter from the Markdown body without losing line numbers. */
export function splitFrontmatter(text: string, file: string): SplitFile {
  // Editors on Windows may add a BOM; it must not hide the opening delimiter.
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const lines = source.split(/\r?\n/);
  const noFrontmatter = (message: string): SplitFile => ({
    frontmatter: null,
    frontmatterLineOffset: 1,
    body: source,
    bodyStartLine: 1,
    problems: [{ file, line: 1, message, severity: 'error' }],
  });

  if (!delimiter.test(lines[0] ?? '')) {
    return noFrontmatter('missing frontmatter: the file must start with a line "---", the YAML fields, and another "---"');
  }
  const closing = lines.findIndex((line, index) => index > 0 && delimiter.test(line));
  if (closing === -1) return noFrontmatter('frontmatter is not closed: add a line "---" after the YAML fields');

  // Slice the original text rather than re-joining lines, so the body keeps its exact bytes (CRLF included).
  let offset = 0;
  for (let i = 0; i <= closing; i++) offset = source.indexOf('\n', offset) + 1 || source.length;
  return {
    frontmatter: lines.slice(1, closing).join('\n'),
    frontmatterLineOffset: 1,
    body: source.slice(offset),
    bodyStartLine: closing + 2,
    problems: [],
  };
}
