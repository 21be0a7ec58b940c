import { createHash, randomBytes } from 'node:crypto';
import type { QuestionHtml } from './render-question';
import type { Question, QuestionResponse, QuestionType } from './schema';
import { shuffle } from '../shuffle';

/**
 * What the browser gets before the learner answers: texts as HTML, options in display order and
 * every id replaced by an opaque token. Authors' ids carry meaning (ordering items are written in
 * the correct order, matching choices often in prompt order), so they never leave the server.
 */
export type PresentedQuestion = {
  type: QuestionType;
  stemHtml: string;
  /** single/multiple: options in display order. */
  options?: Array<{ id: string; html: string }>;
  /** multiple: how many to choose ("Choose two"). */
  choose?: number;
  /** ordering: items in their (shuffled) starting order. */
  items?: Array<{ id: string; html: string }>;
  /** matching: left column, and right column in display order. */
  prompts?: Array<{ id: string; html: string }>;
  choices?: Array<{ id: string; html: string }>;
  /** numeric: unit shown next to the input. */
  unit?: string;
};

/** Stored on the attempt item: how this question was shown, so a reload shows it identically. */
export type Presentation = { salt: string; order: Record<string, string[]> };

export function newPresentation(question: Question, random: () => number = Math.random): Presentation {
  const order: Record<string, string[]> = {};
  if (question.type === 'single' || question.type === 'multiple') order.options = shuffleUnpinned(question.options, random);
  if (question.type === 'ordering') order.items = shuffleAway(question.items.map((i) => i.id), random);
  if (question.type === 'matching') {
    order.prompts = shuffle(question.prompts.map((p) => p.id), random);
    order.choices = shuffle(question.choices.map((c) => c.id), random);
  }
  return { salt: randomBytes(8).toString('base64url'), order };
}

export function tokenOf(presentation: Presentation, id: string): string {
  return createHash('sha256').update(`${presentation.salt}:${id}`).digest('base64url').slice(0, 10);
}

export function presentQuestion(question: Question, html: QuestionHtml, presentation: Presentation): PresentedQuestion {
  const entries = (kind: string, prefix: string) =>
    (presentation.order[kind] ?? []).map((id) => ({ id: tokenOf(presentation, id), html: html[`${prefix}:${id}`] ?? '' }));
  const view: PresentedQuestion = { type: question.type, stemHtml: html.stem ?? '' };
  if (question.type === 'single' || question.type === 'multiple') view.options = entries('options', 'option');
  if (question.type === 'multiple') view.choose = question.answer.length;
  if (question.type === 'ordering') view.items = entries('items', 'item');
  if (question.type === 'matching') {
    view.prompts = entries('prompts', 'prompt');
    view.choices = entries('choices', 'choice');
  }
  if (question.type === 'numeric' && question.unit) view.unit = question.unit;
  return view;
}

/** Turns a response written in tokens back into the question's own ids; unknown tokens stay unknown. */
export function responseFromTokens(question: Question, presentation: Presentation, response: QuestionResponse): QuestionResponse {
  const ids = [
    ...('options' in question ? question.options.map((o) => o.id) : []),
    ...('items' in question ? question.items.map((i) => i.id) : []),
    ...('prompts' in question ? question.prompts.map((p) => p.id) : []),
    ...('choices' in question ? question.choices.map((c) => c.id) : []),
  ];
  const byToken = new Map(ids.map((id) => [tokenOf(presentation, id), id]));
  const id = (token: string) => byToken.get(token) ?? `unknown:${token}`;
  switch (response.type) {
    case 'single':
      return { type: 'single', choice: id(response.choice) };
    case 'multiple':
      return { type: 'multiple', choices: response.choices.map(id) };
    case 'ordering':
      return { type: 'ordering', order: response.order.map(id) };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(Object.entries(response.pairs).map(([prompt, choice]) => [id(prompt), id(choice)])) };
    default:
      return response;
  }
}

/** The reverse, for showing a stored answer and the correct one in the browser after grading. */
export function responseToTokens(presentation: Presentation, response: QuestionResponse): QuestionResponse {
  const token = (id: string) => tokenOf(presentation, id);
  switch (response.type) {
    case 'single':
      return { type: 'single', choice: token(response.choice) };
    case 'multiple':
      return { type: 'multiple', choices: response.choices.map(token) };
    case 'ordering':
      return { type: 'ordering', order: response.order.map(token) };
    case 'matching':
      return { type: 'matching', pairs: Object.fromEntries(Object.entries(response.pairs).map(([p, c]) => [token(p), token(c)])) };
    default:
      return response;
  }
}


/** Pinned options keep their written position; the others are shuffled around them. */
function shuffleUnpinned(options: Array<{ id: string; pinned: boolean }>, random: () => number): string[] {
  const free = shuffle(options.filter((o) => !o.pinned).map((o) => o.id), random);
  return options.map((o) => (o.pinned ? o.id : free.shift()!));
}

/** An ordering question must not start out already solved. */
function shuffleAway(ids: string[], random: () => number): string[] {
  for (let attempt = 0; attempt < 10; attempt++) {
    const shuffled = shuffle(ids, random);
    if (shuffled.some((id, i) => id !== ids[i])) return shuffled;
  }
  return [...ids.slice(1), ids[0]];
}
