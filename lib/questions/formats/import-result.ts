import type { ContentProblem } from '../../content/problems';
import type { Question } from '../schema';

export type ImportOptions = {
  /** Shown in problems, e.g. "imports/chapter-3.gift". */
  file: string;
  /** The lesson the questions are for; carried in the result, since questions do not name it. */
  lesson?: string;
};

/**
 * A feature of an imported question that the native model cannot hold (e.g. "answer feedback"),
 * listed so the author knows what did not come over. The question itself was imported.
 */
export type ImportLoss = { line: number; title?: string; feature: string; reason: string };

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

export function emptyResult(options: ImportOptions): ImportResult {
  return { ...(options.lesson === undefined ? {} : { lesson: options.lesson }), questions: [], skipped: [], losses: [], problems: [] };
}
