import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { newCompileState, stateKey, type CompileState, type NextLessonRef } from './compile-state';
import rehypeCallouts from './rehype-callouts';
import rehypeCodeBlocks from './rehype-code-blocks';
import rehypeTableScroll from './rehype-table-scroll';
import rehypeCollectHeadings from './rehype-collect-headings';
import rehypeCollectSections from './rehype-collect-sections';
import rehypeKeepCodeNewline from './rehype-keep-code-newline';
import rehypeImages from './rehype-images';
import rehypeLinks from './rehype-links';
import rehypeLowercaseSchemes from './rehype-lowercase-schemes';
import remarkLessonLinks from './remark-lesson-links';
import remarkLessonStats from './remark-lesson-stats';
import remarkNextLesson from './remark-next-lesson';
import { lessonSanitizeSchema } from './sanitize-schema';

export type { CompileWarning, LessonLink, LessonSectionText, NextLessonRef, TocEntry } from './compile-state';

export type CompileLessonOptions = {
  nextLesson?: NextLessonRef | null;
  /** File line of the body's first line, so reported lines match the file and not the body. */
  bodyStartLine?: number;
  /** The lesson folder's images: relative path as written → stored address (see rehype-images). */
  images?: Record<string, string>;
};

export type CompiledLesson = Pick<CompileState, 'toc' | 'wordCount' | 'links' | 'headingIds' | 'warnings' | 'errors' | 'mediaHashes' | 'sections'> & {
  html: string;
  readingMinutes: number;
};

const wordsPerMinute = 200;

// Built once: creating the processor costs more than many small compiles.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkLessonLinks)
  .use(remarkNextLesson)
  .use(remarkLessonStats)
  // No prefix here: the sanitizer adds it to every id, and a second one would break footnote links.
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: '' })
  .use(rehypeKeepCodeNewline)
  .use(rehypeRaw)
  .use(rehypeLowercaseSchemes)
  .use(rehypeSanitize, lessonSanitizeSchema)
  // After sanitizing, so heading ids are the plain slugs that lesson links are written against.
  .use(rehypeSlug)
  .use(rehypeAutolinkHeadings, {
    behavior: 'append',
    // The footnotes heading is visually hidden; a focusable link inside it would be invisible.
    test: (node: Element) => node.properties.id !== 'user-content-footnote-label',
    properties: (node: Element) => ({ className: ['heading-anchor'], ariaLabel: `Link to section: ${toString(node).trim()}` }),
    content: { type: 'text', value: '#' },
  })
  .use(rehypeCallouts)
  .use(rehypeCodeBlocks)
  .use(rehypeTableScroll)
  .use(rehypeLinks)
  .use(rehypeImages)
  .use(rehypeCollectHeadings)
  .use(rehypeCollectSections)
  .use(rehypeStringify)
  .freeze();

/** Compiles a lesson body (Markdown without frontmatter) to sanitized HTML plus what sync needs to know about it. */
export async function compileLesson(markdown: string, options: CompileLessonOptions = {}): Promise<CompiledLesson> {
  const state = newCompileState(options.nextLesson ?? null, options.bodyStartLine ?? 1, options.images);
  const file = await processor.process({ value: markdown, data: { [stateKey]: state } });
  // One line of raw HTML can hold several nodes that trip the same check; say it once.
  const seen = new Set<string>();
  const warnings = state.warnings
    .filter((w) => !seen.has(`${w.line}:${w.message}`) && Boolean(seen.add(`${w.line}:${w.message}`)))
    .sort((a, b) => a.line - b.line);
  return {
    html: String(file),
    toc: state.toc,
    wordCount: state.wordCount,
    readingMinutes: Math.max(1, Math.round(state.wordCount / wordsPerMinute)),
    links: state.links,
    headingIds: state.headingIds,
    sections: state.sections,
    warnings,
    errors: state.errors,
    mediaHashes: [...new Set(state.mediaHashes)],
  };
}
