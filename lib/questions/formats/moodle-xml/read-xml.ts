import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** An element as fast-xml-parser gives it: attributes as `@_name`, text as `#text`, children by name. */
export type XmlNode = { [key: string]: Array<XmlNode | string> | string | undefined };

/** One `<question>` of the file with its 1-based position among the questions, its line, type and name. */
export type XmlQuestion = { index: number; line: number; type: string; name?: string; node: XmlNode };

/** Read from the whole file; a bigger bank is better split by lesson, as with the upload limit. */
export const maxMoodleXmlBytes = 10_000_000;
export const maxMoodleXmlQuestions = 20_000;

export type ReadXml = { questions: XmlQuestion[] } | { error: { line: number; message: string } };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Every element is a list, so a question with one answer reads like one with five.
  isArray: (_name, _path, _isLeaf, isAttribute) => !isAttribute,
  // Texts stay exactly as written: numbers as strings, whitespace and CDATA kept.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
});

/**
 * Parses a Moodle XML file (qformat_xml) with fast-xml-parser. Problems come back with the line
 * and the question they are in, found by a scan of the text, since the parsed tree has no lines.
 * Entity declarations are refused: Moodle never writes them, and expanding them is the classic
 * way to make a small file explode in memory.
 */
export function readMoodleXml(text: string): ReadXml {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxMoodleXmlBytes)
    return { error: { line: 1, message: `the file is ${(bytes / 1e6).toFixed(1)} MB; at most ${maxMoodleXmlBytes / 1e6} MB can be read at once, split it` } };
  const starts = questionStarts(text);
  const where = (line: number) => {
    const inside = starts.filter((s) => s.line <= line).at(-1);
    if (!inside) return '';
    return inside.category ? ' in a category' : ` in question ${inside.index}${inside.name ? ` "${inside.name}"` : ''}`;
  };
  if (/<!ENTITY/i.test(text)) return { error: { line: lineOf(text, text.search(/<!ENTITY/i)), message: 'entity declarations are not accepted in Moodle XML' } };
  const valid = XMLValidator.validate(text);
  if (valid !== true) return { error: { line: valid.err.line, message: `malformed XML${where(valid.err.line)} (column ${valid.err.col}): ${valid.err.msg}` } };

  const root = parser.parse(text) as XmlNode;
  const quiz = list(root, 'quiz')[0];
  if (!quiz) return { error: { line: 1, message: 'not Moodle XML: the root element must be <quiz>' } };
  const nodes = list(quiz, 'question');
  const questions: XmlQuestion[] = [];
  let index = 0;
  for (const [i, node] of nodes.entries()) {
    const type = attribute(node, 'type') ?? '';
    const line = starts[i]?.line ?? 1;
    if (type === 'category') {
      questions.push({ index: 0, line, type, node });
      continue;
    }
    index++;
    const name = textOf(node, 'name')?.trim() || undefined;
    if (index > maxMoodleXmlQuestions)
      return {
        error: {
          line,
          message: `question ${index}${name ? ` "${name}"` : ''} is past the limit of ${maxMoodleXmlQuestions.toLocaleString('en')} questions per file; split the file`,
        },
      };
    questions.push({ index, line, type, name, node });
  }
  return { questions };
}

/** The child elements called `name`; a text-only element (which the parser gives as a bare string) as `{ '#text': … }`. */
export function list(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  return Array.isArray(value) ? value.map((child) => (typeof child === 'string' ? { '#text': child } : child)) : [];
}

export function attribute(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? value : undefined;
}

/** The text content of an element: its own text, or for Moodle's wrappers the text of its `<text>` child. */
export function ownText(node: XmlNode | undefined): string | undefined {
  if (!node) return undefined;
  const inner = list(node, 'text')[0];
  if (inner) return ownText(inner) ?? '';
  const value = node['#text'];
  return typeof value === 'string' ? value : undefined;
}

/** `<name><text>x</text></name>` or `<tolerance>x</tolerance>` under `node`, by child name. */
export function textOf(node: XmlNode | undefined, child: string): string | undefined {
  const element = list(node, child)[0];
  return element ? (ownText(element) ?? '') : undefined;
}

/** Where each `<question` start tag is, outside CDATA and comments, with the question's name if it has one. */
type Start = { index: number; line: number; category: boolean; name?: string };

function questionStarts(text: string): Start[] {
  const starts: Start[] = [];
  const tokens = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<question[\s>/]/g;
  let index = 0;
  let lineCount = 1;
  let counted = 0;
  for (let match = tokens.exec(text); match; match = tokens.exec(text)) {
    if (!match[0].startsWith('<question')) continue;
    lineCount += countNewlines(text, counted, match.index);
    counted = match.index;
    const head = text.slice(match.index, match.index + 2_000);
    const isCategory = /^<question[^>]*type\s*=\s*["']category["']/.test(head);
    const name = /<name>\s*<text>(?:<!\[CDATA\[)?([^<\]]*)/.exec(head)?.[1]?.trim();
    starts.push({ index: isCategory ? index : ++index, line: lineCount, category: isCategory, ...(name && !isCategory ? { name } : {}) });
  }
  return starts;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function lineOf(text: string, offset: number): number {
  return countNewlines(text, 0, offset) + 1;
}
