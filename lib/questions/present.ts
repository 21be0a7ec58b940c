import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readJsonColumn } from '../db/json-column';
import type { QuestionHtml } from './render-question';
import type { Question, QuestionResponse, QuestionType } from './schema';
import { exhibitKey } from './exhibits';
import type { Exhibit } from './types/fields';
import type { PresentedFields } from './types/module';
import { questionModule } from './types/registry';

/**
 * What the browser gets before the learner answers: texts as HTML, options in display order and
 * every id replaced by an opaque token. Authors' ids carry meaning (ordering items are written in
 * the correct order, matching choices often in prompt order), so they never leave the server.
 */
export type PresentedQuestion = { type: QuestionType; stemHtml: string; exhibits?: PresentedExhibit[] } & PresentedFields;
/** An exhibit as the browser gets it: its title as plain text, its body rendered and sanitized. */
export type PresentedExhibit = { title: string; kind: Exhibit['kind']; html: string };

/** Stored on the attempt item: how this question was shown, so a reload shows it identically. */
const presentationSchema = z.object({ salt: z.string(), order: z.record(z.string(), z.array(z.string())) });
export type Presentation = z.infer<typeof presentationSchema>;

/** An `AttemptItem.presentation` as stored. */
export function storedPresentation(json: unknown): Presentation {
  return readJsonColumn(presentationSchema, json, 'AttemptItem.presentation');
}

export function newPresentation(question: Question, random: () => number = Math.random): Presentation {
  return { salt: randomBytes(8).toString('base64url'), order: questionModule(question).presentation.order(question, random) };
}

export function tokenOf(presentation: Presentation, id: string): string {
  return createHash('sha256').update(`${presentation.salt}:${id}`).digest('base64url').slice(0, 10);
}

export function presentQuestion(question: Question, html: QuestionHtml, presentation: Presentation): PresentedQuestion {
  const entries = (kind: string, prefix: string) =>
    (presentation.order[kind] ?? []).map((id) => ({ id: tokenOf(presentation, id), html: html[`${prefix}:${id}`] ?? '' }));
  const exhibits = question.exhibits?.map((exhibit, i) => ({ title: exhibit.title, kind: exhibit.kind, html: html[exhibitKey(i)] ?? '' }));
  return {
    type: question.type,
    stemHtml: html.stem ?? '',
    ...(exhibits ? { exhibits } : {}),
    ...questionModule(question).presentation.view(question, entries),
  };
}

/**
 * Turns a response written in tokens back into the question's own ids. An unknown token becomes
 * the id "unknown" (graded wrong): the token itself is the caller's text, which the stored
 * response's id rules may refuse on reading, and that was a 500 for a forged answer.
 */
export function responseFromTokens(question: Question, presentation: Presentation, response: QuestionResponse): QuestionResponse {
  const byToken = new Map(
    questionModule(question)
      .presentation.ids(question)
      .map((id) => [tokenOf(presentation, id), id]),
  );
  return questionModule(response).presentation.mapIds(response, (token) => byToken.get(token) ?? 'unknown');
}

/** The reverse, for showing a stored answer and the correct one in the browser after grading. */
export function responseToTokens(presentation: Presentation, response: QuestionResponse): QuestionResponse {
  return questionModule(response).presentation.mapIds(response, (id) => tokenOf(presentation, id));
}
