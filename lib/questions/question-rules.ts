import type { Question } from './schema';

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
  switch (question.type) {
    case 'single': {
      const ids = uniqueIds(question.options, 'options');
      if (!ids.has(question.answer)) add(['answer'], `answer "${question.answer}" is not among the options (${[...ids].join(', ')})`);
      break;
    }
    case 'multiple': {
      const ids = uniqueIds(question.options, 'options');
      const seen = new Set<string>();
      question.answer.forEach((answer, i) => {
        if (!ids.has(answer)) add(['answer', i], `answer "${answer}" is not among the options (${[...ids].join(', ')})`);
        if (seen.has(answer)) add(['answer', i], `answer "${answer}" is listed twice`);
        seen.add(answer);
      });
      if (question.answer.length >= question.options.length) add(['answer'], 'every option is correct; leave at least one wrong option');
      break;
    }
    case 'ordering':
      uniqueIds(question.items, 'items');
      break;
    case 'matching': {
      uniqueIds(question.prompts, 'prompts');
      const choices = uniqueIds(question.choices, 'choices');
      question.prompts.forEach((prompt, i) => {
        if (!choices.has(prompt.match)) add(['prompts', i, 'match'], `"${prompt.match}" is not the id of a choice`);
      });
      break;
    }
    case 'text':
    case 'truefalse':
    case 'numeric':
      break;
  }
  return problems;
}
