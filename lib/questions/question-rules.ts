import { parseMediaUrl } from '../media/media-url';
import { imagesOfText } from './render-question';
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
  imageProblems(question, add);
  return problems;
}

/** Every image must be a stored one (uploaded, so every instance serves it) and say what it shows. */
function imageProblems(question: Question, add: (path: PropertyKey[], message: string) => void) {
  const texts = [
    { path: ['stem'], where: '', text: question.stem },
    { path: ['explanation'], where: '', text: question.explanation },
    // The other texts (options, items, prompts) are reported on the question, naming the text.
    ...Object.entries(questionModule(question).texts(question)).map(([key, text]) => ({ path: [], where: ` in ${key.replace(':', ' ')}`, text })),
  ];
  for (const { path, where, text } of texts) {
    for (const image of imagesOfText(text)) {
      if (!parseMediaUrl(image.src)) add(path, `image "${image.src}"${where} is not stored: upload it in the question editor and use the address it gives`);
      if (!image.alt) add(path, `image "${image.src}"${where} has no alt text: say what it shows, as in ![what it shows](${image.src})`);
    }
  }
}
