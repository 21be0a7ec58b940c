import type { ContentProblem } from '../problems';

/**
 * remark and rehype recurse once per level of nesting, and their cost grows about n^2.3 with it
 * (500 nested list items take half a second, 1,000 overflow the stack). No lesson needs more
 * than a handful of levels, so anything past this is refused before the parser sees it.
 */
export const maxNestingDepth = 32;
/** Fifteen times the longest lesson in the course; a longer one should be split anyway. */
export const maxBodyChars = 200_000;

type Kind = 'blocks' | 'brackets' | 'emphasis' | 'html';

const describe: Record<Kind, string> = {
  blocks: 'lists, block quotes and footnotes are',
  brackets: 'brackets ([ ]) are',
  emphasis: 'emphasis (* or _) is',
  html: 'HTML elements are',
};

// Elements that never wrap what follows them: void, or closed implicitly by their next sibling.
const notNesting = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rp rt colgroup caption'.split(' '),
);

// Footnote definitions are containers too: their indented content can hold another one.
const containerMarker = /(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)|\[\^[^\]\s]{1,100}\]:)/y;
const htmlTag = /<(\/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]{0,200}?)?(\/?)>/y;
const fenceLine = /^(`{3,}|~{3,})/;
const leadingTag = /^ {0,3}</;
const blank = /^[ \t]*$/;
const space = /\s/;
const punctuation = /[\p{P}\p{S}]/u;

type Where = { file: string; bodyStartLine: number };

/**
 * One linear pass over a lesson body that refuses it when it is too long or nests deeper than
 * `maxNestingDepth`. The depths are upper bounds (a line nests at most one level per container
 * marker it starts with and per two columns of indentation before them), so a refused text may nest a
 * little less than reported, but no text that passes can nest deeper.
 */
export function checkMarkdownLimits(body: string, { file, bodyStartLine }: Where): ContentProblem[] {
  if (body.length > maxBodyChars) {
    const message = `the lesson is ${body.length.toLocaleString('en')} characters long; at most ${maxBodyChars.toLocaleString('en')} are allowed, so split it into several lessons`;
    return [{ file, line: bodyStartLine, message, severity: 'error' }];
  }
  const firstLine = new Map<Kind, { line: number; depth: number }>();
  const note = (kind: Kind, depth: number, line: number) => {
    if (depth > maxNestingDepth && !firstLine.has(kind)) firstLine.set(kind, { line: bodyStartLine + line, depth });
  };
  const inline = { brackets: 0, emphasis: 0, html: 0 };
  let fence: string | null = null;
  // Inside an HTML block a fence line is HTML text, and some HTML blocks run past blank lines
  // (<pre>, comments). Rather than follow them, stop skipping fences once one may have begun.
  let htmlSeen = false;

  body.split('\n').forEach((line, index) => {
    const prefix = containerPrefix(line);
    const rest = line.slice(prefix.end);
    if (fence !== null) {
      // Closing too early only means scanning code as Markdown, which errs on the safe side.
      if (rest.trimEnd().startsWith(fence) && /^[`~]+$/.test(rest.trim())) fence = null;
      return;
    }
    // Only a fence at column 0 outside any container is skipped: it can end nowhere but at its
    // closing fence, whereas one inside a list or quote also ends with its container.
    const opening = prefix.end === 0 && !htmlSeen ? fenceLine.exec(line) : null;
    // A backtick in a backtick fence's info string makes the line inline code instead.
    if (opening && !(opening[1][0] === '`' && line.includes('`', opening[1].length))) {
      fence = opening[1];
      return;
    }
    htmlSeen ||= leadingTag.test(rest);
    note('blocks', prefix.depth, index);
    // A blank line ends the paragraph, and with it any bracket or emphasis still open.
    if (blank.test(line)) {
      inline.brackets = 0;
      inline.emphasis = 0;
      return;
    }
    scanInline(rest, inline, (kind, depth) => note(kind, depth, index));
  });

  return [...firstLine].map(([kind, { line, depth }]) => ({
    file,
    line,
    message: `${describe[kind]} nested ${depth} levels deep here; at most ${maxNestingDepth} levels are allowed`,
    severity: 'error' as const,
  }));
}

/** The list, quote and footnote markers a line starts with, and an upper bound of how deep they put it. */
function containerPrefix(line: string): { depth: number; end: number } {
  let i = 0;
  let indent = 0;
  let markers = 0;
  for (;;) {
    while (line[i] === ' ' || line[i] === '\t') {
      if (markers === 0) indent += line[i] === '\t' ? 4 - (indent % 4) : 1;
      i++;
    }
    containerMarker.lastIndex = i;
    const marker = containerMarker.exec(line);
    if (!marker) break;
    markers++;
    i += marker[0].length;
  }
  // Indentation alone nests nothing (it continues a paragraph or makes code); it deepens a marker.
  return { depth: markers === 0 ? 0 : markers + Math.floor(indent / 2), end: i };
}

type Depths = { brackets: number; emphasis: number; html: number };

function scanInline(text: string, depths: Depths, report: (kind: Kind, depth: number) => void) {
  const closingRun = backtickRuns(text);
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char === '\\') {
      i += 2;
    } else if (char === '`') {
      // A code span closes only at a run of exactly as many backticks; without one the run is text.
      const run = runLength(text, i, '`');
      const close = closingRun(run, i + run);
      i = close === -1 ? i + run : close + run;
    } else if (char === '[') {
      report('brackets', ++depths.brackets);
      i++;
    } else if (char === ']') {
      depths.brackets = Math.max(0, depths.brackets - 1);
      i++;
    } else if (char === '*' || char === '_') {
      const run = runLength(text, i, char);
      const { opens, closes } = flanking(text[i - 1], text[i + run]);
      if (opens && !closes) report('emphasis', (depths.emphasis += run));
      else if (closes && !opens) depths.emphasis = Math.max(0, depths.emphasis - run);
      i += run;
    } else if (char === '<') {
      htmlTag.lastIndex = i;
      const tag = htmlTag.exec(text);
      if (tag && tag[1]) depths.html = Math.max(0, depths.html - 1);
      else if (tag && !tag[3] && !notNesting.has(tag[2].toLowerCase())) report('html', ++depths.html);
      i += tag ? tag[0].length : 1;
    } else {
      i++;
    }
  }
}

/** Finds the next backtick run of a given length; each length's list is walked once per line, so the scan stays linear. */
function backtickRuns(text: string): (length: number, from: number) => number {
  const startsByLength = new Map<number, number[]>();
  for (let i = text.indexOf('`'); i !== -1; ) {
    const length = runLength(text, i, '`');
    const starts = startsByLength.get(length) ?? [];
    starts.push(i);
    startsByLength.set(length, starts);
    i = text.indexOf('`', i + length);
  }
  const cursor = new Map<number, number>();
  return (length, from) => {
    const starts = startsByLength.get(length) ?? [];
    let k = cursor.get(length) ?? 0;
    while (k < starts.length && starts[k] < from) k++;
    cursor.set(length, k);
    return k < starts.length ? starts[k] : -1;
  };
}

function runLength(text: string, start: number, char: string): number {
  let end = start;
  while (text[end] === char) end++;
  return end - start;
}

/** CommonMark's left- and right-flanking rules: whether a `*`/`_` run can open or close emphasis. */
function flanking(before: string | undefined, after: string | undefined) {
  const isSpace = (c: string | undefined) => c === undefined || space.test(c);
  const isPunct = (c: string | undefined) => c !== undefined && punctuation.test(c);
  const opens = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
  const closes = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
  return { opens, closes };
}
