import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sizeImage } from '../media/size-image';
import rehypeCodeBlocks from '../content/markdown/rehype-code-blocks';
import rehypeKeepCodeNewline from '../content/markdown/rehype-keep-code-newline';
import rehypeLowercaseSchemes from '../content/markdown/rehype-lowercase-schemes';
import { lessonSanitizeSchema } from '../content/markdown/sanitize-schema';
import { exhibitTexts } from './exhibits';
import type { Question } from './schema';
import { questionModule } from './types/registry';

// The lesson pipeline minus what only whole lessons need (headings, links, sections): question
// text is Markdown from the same authors and is sanitized by the same schema. Raw HTML is parsed
// first (rehype-raw), as in lessons: imported `[html]` questions are HTML, and sanitizing it
// unparsed left empty text.
const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeKeepCodeNewline)
  .use(rehypeRaw)
  .use(rehypeLowercaseSchemes)
  .use(rehypeSanitize, lessonSanitizeSchema)
  .use(rehypeCodeBlocks)
  .use(rehypeSizeImages)
  .use(rehypeStringify)
  .freeze();

/** Width and height on every stored image, as in lessons (lib/media/size-image.ts). */
function rehypeSizeImages() {
  return (tree: Root) => visit(tree, 'element', (node) => void (node.tagName === 'img' && sizeImage(node)));
}

/**
 * The images one text shows, as the learner's page would (after sanitizing), for the checks in
 * question-rules.ts. Most texts have none, and skip the parser.
 */
export function imagesOfText(markdown: string): Array<{ src: string; alt: string }> {
  if (!/!\[|<img/i.test(markdown)) return [];
  const images: Array<{ src: string; alt: string }> = [];
  visit(processor.runSync(processor.parse(markdown)) as Root, 'element', (node: Element) => {
    if (node.tagName !== 'img') return;
    images.push({ src: String(node.properties.src ?? ''), alt: String(node.properties.alt ?? '').trim() });
  });
  return images;
}

/** HTML of every text of a question, keyed "stem", "explanation", "exhibit:0", "option:a", "feedback:a", "item:i1", "prompt:p1", "choice:c1". */
export type QuestionHtml = Record<string, string>;

export async function renderQuestion(question: Question): Promise<QuestionHtml> {
  const texts = { stem: question.stem, explanation: question.explanation, ...exhibitTexts(question.exhibits), ...questionModule(question).texts(question) };
  const html: QuestionHtml = {};
  for (const [key, markdown] of Object.entries(texts)) html[key] = await renderQuestionText(markdown);
  return html;
}

/** One text of a question, for callers that need only that one (a drill's worked solution after an answer). */
export async function renderQuestionText(markdown: string): Promise<string> {
  return unwrapSingleParagraph(String(await processor.process(markdown)));
}

// Option texts are one line; a <p> around each would add margins inside buttons and labels.
function unwrapSingleParagraph(html: string): string {
  const match = /^<p>([\s\S]*)<\/p>$/.exec(html.trim());
  return match && !match[1].includes('<p>') ? match[1] : html;
}
