import { emptyResult, type ImportOptions, type ImportResult } from './import-result';
import { plainToMarkdown } from './plain-text';
import { addDraft } from './question-draft';
import { letterId, stemId } from './slug';

type Pending = { line: number; stem: string[]; options: Array<{ letter: string; text: string }>; broken: boolean };

// Moodle accepts "A)Text" with no space after the letter.
const optionLine = /^([A-Z])[.)]\s*(\S.*)$/;
const answerLine = /^ANSWER:\s*(.*)$/;

/**
 * Imports Moodle Aiken: question text (one or more lines), options `A.` or `A)` on their own
 * lines, then `ANSWER: B`. Hand-written because the format is tiny and has no maintained parser.
 * Like Moodle, blank lines are not required between questions: a question ends at its ANSWER
 * line, so text after options with no ANSWER in between is reported as a missing ANSWER.
 * Produces single questions, ids from the stem (slug plus short hash), options a, b, …; the text
 * is plain, so Markdown specials are escaped. Aiken has no explanation: see `addDraft`.
 */
export function importAiken(text: string, options: ImportOptions): ImportResult {
  const result = emptyResult(options);
  const error = (line: number, message: string) => result.problems.push({ file: options.file, line, message, severity: 'error' });
  let pending: Pending | null = null;
  const missingAnswer = (question: Pending) => {
    if (!question.broken) error(question.line, 'the question has no "ANSWER:" line');
  };

  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = index + 1;
      const content = raw.trim();
      if (content === '') return;
      const option = optionLine.exec(content);
      const answer = answerLine.exec(content);
      if (answer) {
        if (!pending) error(line, '"ANSWER:" line without a question');
        else if (!pending.broken) finish(pending, answer[1].trim().toUpperCase(), line);
        pending = null;
      } else if (option) {
        if (!pending || pending.stem.length === 0) {
          if (!pending?.broken) error(line, `option "${option[1]}" comes before any question text`);
          pending ??= { line, stem: [], options: [], broken: true };
          // Recorded although unused, so that the next text line starts a new question.
          pending.options.push({ letter: option[1], text: option[2] });
        } else if (pending.options.some((o) => o.letter === option[1])) {
          error(line, `option "${option[1]}" appears twice`);
          pending.broken = true;
        } else {
          pending.options.push({ letter: option[1], text: option[2].trim() });
        }
      } else if (pending && pending.options.length === 0) {
        pending.stem.push(content);
      } else {
        if (pending) missingAnswer(pending);
        pending = { line, stem: [content], options: [], broken: false };
      }
    });
  if (pending) missingAnswer(pending);
  return result;

  function finish(question: Pending, letter: string, line: number) {
    if (question.options.length < 2) {
      error(question.line, `the question needs at least 2 options (found ${question.options.length})`);
      return;
    }
    const index = question.options.findIndex((o) => o.letter === letter);
    if (index < 0) {
      const letters = question.options.map((o) => o.letter).join(', ');
      error(line, `ANSWER "${letter}" is not one of the options (${letters})`);
      return;
    }
    const stem = plainToMarkdown(question.stem.join('\n'));
    const choices = question.options.map((o, i) => ({ id: letterId(i), text: plainToMarkdown(o.text) }));
    addDraft(result, options.file, question.line, { id: stemId(stem), type: 'single', stem, options: choices, answer: choices[index].id });
  }
}
