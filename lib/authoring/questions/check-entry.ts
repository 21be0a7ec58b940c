import { questionContextProblems } from '../../questions/question-context';
import { questionRuleProblems } from '../../questions/question-rules';
import { questionSchema, type Question } from '../../questions/schema';
import type { EditorContext } from './editor-context';

/** Field path ("options.1.id", "" for the whole entry) → messages, the shape forms show inline. */
export type EntryErrors = Record<string, string[]>;

export type CheckedEntry = { question: Question; errors: null } | { question: null; errors: EntryErrors };

/**
 * A question entry as content:check sees it: the same zod schema, the same per-question rules and
 * the same lesson and objective checks. Pure, so the editor runs it in the browser too.
 */
export function checkEntry(entry: unknown, context: EditorContext): CheckedEntry {
  const errors: EntryErrors = {};
  const add = (path: PropertyKey[], message: string) => (errors[path.map(String).join('.')] ??= []).push(message);
  const parsed = questionSchema.safeParse(entry);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path, issue.message);
    return { question: null, errors };
  }
  const problems = [
    ...questionRuleProblems(parsed.data),
    ...questionContextProblems(parsed.data, {
      lessonId: context.lessonId,
      headingIds: new Set(context.headingIds),
      objectiveCodes: new Map(Object.entries(context.objectiveCodes).map(([course, codes]) => [course, new Set(codes)])),
    }),
  ];
  for (const problem of problems) add(problem.path, problem.message);
  return problems.length ? { question: null, errors } : { question: parsed.data, errors: null };
}
