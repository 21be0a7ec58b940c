import { plainToMarkdown } from '../plain-text';
import { attribute, list, ownText, type XmlNode } from './read-xml';

/** Moodle's text formats as qformat_xml writes them (`format="…"` on questiontext, feedback, answers). */
export const moodleFormats = ['html', 'moodle_auto_format', 'markdown', 'plain_text'] as const;
export type MoodleFormat = (typeof moodleFormats)[number];

/** A text element read as our Markdown, with the names of the files embedded in it. */
export type ReadText = { markdown: string; files: string[]; unknownFormat?: string };

/**
 * A Moodle text to our Markdown, rendered as Moodle renders it:
 * - `markdown`: kept as is;
 * - `html`: kept as raw HTML inside one HTML block, so Markdown never reads `*` or `#` in it
 *   (our pipeline sanitizes it as it does lesson HTML); blank lines would end the block, so
 *   they are closed up;
 * - `moodle_auto_format` (Moodle's default): HTML in which line breaks are kept, as Moodle does;
 * - `plain_text`: every Markdown construct escaped, line breaks kept as hard breaks.
 */
export function moodleToMarkdown(text: string, format: MoodleFormat): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  switch (format) {
    case 'markdown':
      return trimmed;
    case 'plain_text':
      return plainToMarkdown(trimmed).replace(/([^\n])\n(?=[^\n])/g, '$1\\\n');
    case 'moodle_auto_format':
      return htmlBlock(trimmed.replace(/\r\n|\r/g, '\n').replace(/\n/g, '<br>\n'));
    case 'html':
      return htmlBlock(trimmed);
  }
}

function htmlBlock(html: string): string {
  const closedUp = html.replace(/\r\n|\r/g, '\n').replace(/\n[ \t]*(?=\n)/g, '');
  return `<div>\n${closedUp}\n</div>`;
}

export function isMoodleFormat(format: string): format is MoodleFormat {
  return (moodleFormats as readonly string[]).includes(format);
}

/**
 * Reads a text element (`<questiontext format="…"><text>…</text><file …/></questiontext>`). A
 * missing format is Moodle's default, `moodle_auto_format`; an unknown one is read as that too
 * and named, so that the caller can report it.
 */
export function readText(element: XmlNode | undefined, fallback: MoodleFormat = 'moodle_auto_format'): ReadText {
  const raw = ownText(element) ?? '';
  const declared = attribute(element, 'format');
  const format = declared && isMoodleFormat(declared) ? declared : fallback;
  const files = list(element, 'file').map((file) => attribute(file, 'name') ?? 'unnamed file');
  // An image referenced but not embedded (e.g. a file of the course) is lost just the same.
  for (const match of raw.matchAll(/@@PLUGINFILE@@\/([^"'\s)<>]+)/g)) {
    const name = fileName(match[1]);
    if (!files.includes(name)) files.push(name);
  }
  // With no image store, an <img> of an embedded file would show as a broken image: say what was there instead.
  const withoutImages = raw.replace(/<img\b[^>]*@@PLUGINFILE@@\/([^"'\s)<>]+)[^>]*>/gi, (tag: string, path: string) => {
    const alt = /\balt\s*=\s*(["'])(.*?)\1/i.exec(tag)?.[2];
    return `[image not imported: ${alt || fileName(path)}]`;
  });
  return { markdown: moodleToMarkdown(withoutImages, format), files, ...(declared && !isMoodleFormat(declared) ? { unknownFormat: declared } : {}) };
}

function fileName(path: string): string {
  const name = path.split('?')[0];
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
