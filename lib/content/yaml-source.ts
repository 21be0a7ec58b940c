import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { ContentProblem } from './problems';

export type YamlSource = {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: ContentProblem[];
};

/**
 * Parses YAML keeping node positions, so validation errors can name the offending line.
 * `lineOffset` shifts lines when the YAML is a frontmatter block inside a larger file.
 */
export function parseYamlSource(text: string, file: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: ContentProblem[] = doc.errors.map((error) => ({
    file,
    line: lineCounter.linePos(error.pos[0]).line + lineOffset,
    message: `invalid YAML: ${error.message.split('\n')[0]}`,
    severity: 'error' as const,
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const line = nodeLine(doc, path.slice(0, depth), lineCounter);
      if (line !== null) return line + lineOffset;
    }
    return 1 + lineOffset;
  };
  return { data: problems.length ? null : doc.toJS(), lineOf, problems };
}

function nodeLine(doc: Document, path: readonly PropertyKey[], lineCounter: LineCounter): number | null {
  if (path.length === 0) return doc.contents?.range ? lineCounter.linePos(doc.contents.range[0]).line : null;
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1) as unknown[], true) : doc.contents;
  // Point at the key of a mapping entry rather than its value: that is where authors look.
  if (isNode(parent) && 'items' in parent) {
    const key = path[path.length - 1];
    for (const item of (parent as { items: unknown[] }).items) {
      const pair = item as { key?: { value?: unknown; range?: [number, number, number] } };
      if (pair.key?.range && pair.key.value === key) return lineCounter.linePos(pair.key.range[0]).line;
    }
  }
  const node = doc.getIn(path as unknown[], true);
  return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : null;
}

/** Turns zod issues into problems pointing at lines of the YAML source. */
export function zodProblems(error: z.ZodError, source: YamlSource, file: string): ContentProblem[] {
  return error.issues.map((issue) => ({
    file,
    line: source.lineOf(issue.path),
    field: issue.path.map(String).join('.') || undefined,
    message: issue.message,
    severity: 'error' as const,
  }));
}
