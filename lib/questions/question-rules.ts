import type { Question } from './schema';
import { questionModule } from './types/registry';

export type RuleProblem = { path: PropertyKey[]; field: string; message: string };

/** Checks zod cannot express on one question: ids that must exist, be unique or point somewhere. */
export function questionRuleProblems(question: Question): RuleProblem[] {
  const problems: RuleProblem[] = [];
  const add = (path: PropertyKey[], message: string) => problems.push({ path, field: path.join('.'), message });
  const uniqueIds = (list: Array<{ id: string }>, key: string) => {
    const seen = new Set<string>();
    list.forEach((entry, i) => {
      if (seen.has(entry.id)) add([key, i, 'id'], `duplicate id "${entry.id}"`);
      seen.add(entry.id);
    });
    return seen;
  };
  questionModule(question).rules?.(question, add, uniqueIds);
  return problems;
}
