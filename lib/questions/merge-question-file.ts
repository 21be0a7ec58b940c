import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parse, parseDocument, type Node } from 'yaml';
import { AppError } from '../errors';
import { questionFileSchema, type Question } from './schema';
import { questionItemsYaml, questionYaml } from './write-question-file';

type Edit = { start: number; end: number; text: string };

/**
 * Adds `questions` to the text of an existing question file: a question whose id the file
 * already holds replaces it in place, the others are appended. The text is spliced rather than
 * re-serialized so the rest of the file (comments, explicit defaults, hand formatting) is kept
 * byte for byte. `file` names the file in errors.
 */
export function mergeQuestions(text: string, lessonId: string, questions: Question[], file: string): string {
  const doc = parseDocument(text);
  const seq = doc.get('questions', true);
  const current = doc.errors.length ? null : questionFileSchema.safeParse(doc.toJS());
  if (!current?.success || current.data.lesson !== lessonId || !isSeq(seq) || seq.flow || !seq.range) {
    throw new AppError(
      'UNMERGEABLE_FILE',
      `${file} must be a valid question file for lesson ${lessonId}, with \`questions:\` as a block list, to import into it.`,
    );
  }
  const items = seq.items as Node[];
  const indexById = new Map(items.map((item, i) => [isMap(item) ? item.get('id') : undefined, i]));
  const expected = current.data.questions;
  const edits: Edit[] = [];
  const appended: Question[] = [];
  for (const question of questions) {
    const index = indexById.get(question.id);
    if (index === undefined) {
      appended.push(question);
      continue;
    }
    const [start, end] = items[index].range!;
    edits.push({ start, end, text: indented(questionYaml(question), column(text, start)) });
    expected[index] = question;
  }
  if (appended.length) edits.push(appendEdit(text, seq.range, appended));
  expected.push(...appended);

  const merged = edits.sort((a, b) => b.start - a.start).reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), text);
  // Splicing text is only safe if the file reads back as exactly the intended questions.
  if (!isDeepStrictEqual(questionFileSchema.parse(parse(merged)).questions, expected)) {
    throw new AppError('MERGE_FAILED', `Could not add the questions to ${file} without changing its other questions; nothing was written.`);
  }
  return merged;
}

/** After the sequence's last non-blank character: a blank line, then the new items at the column of the existing ones. */
function appendEdit(text: string, [seqStart, , seqEnd]: [number, number, number], questions: Question[]): Edit {
  let start = seqEnd;
  while (start > 0 && /\s/.test(text[start - 1])) start--;
  const restOfLine = /^[ \t]*(?:\r?\n|$)/.exec(text.slice(start))![0];
  const width = column(text, seqStart);
  return { start, end: start + restOfLine.length, text: `\n\n${' '.repeat(width)}${indented(questionItemsYaml(questions), width)}` };
}

function column(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Indents every line but the first, which continues an existing line; blank lines stay empty. */
function indented(yaml: string, width: number): string {
  return yaml.replace(/\n(?=[^\n])/g, `\n${' '.repeat(width)}`);
}
