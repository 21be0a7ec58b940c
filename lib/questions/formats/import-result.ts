import type { ContentProblem } from '../../content/problems';
import type { Question } from '../schema';

export type ImportOptions = {
  /** Shown in problems, e.g. "imports/chapter-3.gift". */
  file: string;
  /** The lesson the questions are for; carried in the result, since questions do not name it. */
  lesson?: string;
};

export type ImportResult = {
  lesson?: string;
  /** Valid questions with the 1-based line where each starts. */
  questions: Array<{ line: number; question: Question }>;
  /** Questions with no native equivalent (essays, descriptions, …), listed rather than dropped. */
  skipped: Array<{ line: number; title?: string; reason: string }>;
  /** Parts of an imported question the model cannot hold (a penalty, an image…), one entry each, never dropped silently. */
  losses: ImportLoss[];
  problems: ContentProblem[];
};

/** `line`: where the question starts; `feature`: what was lost ("penalty"); `reason`: why, and what happens instead. */
export type ImportLoss = { line: number; title?: string; feature: string; reason: string };

export function emptyResult(options: ImportOptions): ImportResult {
  return { ...(options.lesson === undefined ? {} : { lesson: options.lesson }), questions: [], skipped: [], losses: [], problems: [] };
}
