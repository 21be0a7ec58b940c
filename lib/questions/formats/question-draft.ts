import type { z } from 'zod';
import { questionSchema } from '../schema';
import type { ImportResult } from './import-result';

type WithoutExplanation<Q> = Q extends unknown ? Omit<Q, 'explanation'> : never;
/** A question as read from a foreign format, before it has an explanation and is validated. */
export type QuestionDraft = WithoutExplanation<z.input<typeof questionSchema>>;

/**
 * Foreign formats often carry no explanation, and our schema requires one. Rather than a
 * placeholder, we state the correct answer (real, derived content) and warn so authors can
 * write a better one.
 */
export function answerStatement(draft: QuestionDraft): string {
  return sentence(statement(draft));
}

function statement(draft: QuestionDraft): string {
  switch (draft.type) {
    case 'single':
      return `The correct answer is: ${textOf(draft.options, draft.answer)}`;
    case 'multiple':
      return `The correct answers are: ${draft.answer.map((id) => textOf(draft.options, id)).join('; ')}`;
    case 'truefalse':
      return `The statement is ${draft.answer ? 'true' : 'false'}`;
    case 'ordering':
      return `The correct order is: ${draft.items.map((item) => item.text).join(' → ')}`;
    case 'matching':
      return `The correct matches are: ${draft.prompts.map((p) => `${p.text} → ${textOf(draft.choices, p.match)}`).join('; ')}`;
    case 'text':
      return draft.accept.length > 1 ? `Accepted answers: ${draft.accept.join('; ')}` : `The correct answer is: ${draft.accept[0]}`;
    case 'numeric': {
      const { answer } = draft;
      if ('min' in answer) return `The correct answer is between ${answer.min} and ${answer.max}`;
      return answer.tolerance ? `The correct answer is ${answer.value} (± ${answer.tolerance})` : `The correct answer is ${answer.value}`;
    }
  }
}

function textOf(list: Array<{ id: string; text: string }>, id: string): string {
  return list.find((entry) => entry.id === id)?.text ?? id;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/**
 * Validates a draft with `questionSchema` and appends it to the result, or appends its problems.
 * Without an explanation, uses the answer statement and warns.
 */
export function addDraft(result: ImportResult, file: string, line: number, draft: QuestionDraft, explanation?: string): void {
  if (!explanation) {
    result.problems.push({
      file,
      line,
      field: 'explanation',
      message: 'the file gives no explanation; it was set to the correct answer, write a better one',
      severity: 'warning',
    });
  }
  const parsed = questionSchema.safeParse({ ...draft, explanation: explanation || answerStatement(draft) });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      result.problems.push({ file, line, field: issue.path.map(String).join('.') || undefined, message: issue.message, severity: 'error' });
    }
    return;
  }
  const twin = result.questions.find((entry) => entry.question.id === parsed.data.id);
  if (twin) {
    result.problems.push({ file, line, field: 'id', message: `duplicate id "${parsed.data.id}" (first used at line ${twin.line})`, severity: 'error' });
    return;
  }
  result.questions.push({ line, question: parsed.data });
}
