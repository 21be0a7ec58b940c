import type { Question } from '../questions/schema';
import { questionModule } from '../questions/types/registry';

/** The rendered texts of a question version, keyed as in lib/questions/render-question.ts. */
export type QuestionHtml = Record<string, string>;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Sanitized question HTML (rendered at sync time) as one line of plain text, for tables and CSV
 * cells. Reading the stored HTML is ~100× cheaper than parsing the Markdown again for every
 * question of a course on every request.
 */
export function plainText(html: string | undefined): string {
  if (!html) return '';
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, name: string) => {
      if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return entities[name.toLowerCase()] ?? match;
    })
    .replace(/\s+/g, ' ')
    .replace(/ ([.,;:?!)])/g, '$1')
    .trim();
}

export type OptionLabel = { optionId: string; label: string; correct: boolean };

/** The options a learner chooses between, in the order written, for distractor analysis; none for typed or arranged answers. */
export function writtenOptions(question: Question, html: QuestionHtml): OptionLabel[] {
  const options = questionModule(question).itemAnalysis.options?.(question) ?? [];
  return options.map((o) => ({ optionId: o.key, label: (o.html && plainText(html[o.html])) || o.text, correct: o.correct }));
}
