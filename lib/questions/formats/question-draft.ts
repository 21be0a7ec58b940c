import type { z } from 'zod';
import { questionSchema } from '../schema';
import { questionModule } from '../types/registry';
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
  return (questionModule(draft).statement as (draft: QuestionDraft) => string)(draft);
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
