import type { Exhibit } from './types/fields';

/** The Markdown an exhibit renders from: CLI output as a fenced block no line of it can close. */
export function exhibitMarkdown(exhibit: Exhibit): string {
  if (exhibit.kind === 'markdown') return exhibit.text;
  const longestRun = Math.max(0, ...(exhibit.text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}text\n${exhibit.text}\n${fence}`;
}

/** The QuestionHtml key of the exhibit at `index`. */
export const exhibitKey = (index: number) => `exhibit:${index}`;

/** Each exhibit's text to render, keyed as in QuestionHtml. */
export function exhibitTexts(exhibits: readonly Exhibit[] | undefined): Record<string, string> {
  return Object.fromEntries((exhibits ?? []).map((exhibit, i) => [exhibitKey(i), exhibitMarkdown(exhibit)]));
}
