import type { z } from 'zod';
import { generated } from './generated';
import { matching } from './matching';
import type { QuestionTypeModule } from './module';
import { multiple } from './multiple';
import { numeric } from './numeric';
import { ordering } from './ordering';
import { single } from './single';
import { text } from './text';
import { truefalse } from './truefalse';

/**
 * Every question type, one line each. Each module is checked against QuestionTypeModule where it
 * is defined, and the component registries (components/quiz/question-inputs.ts,
 * components/authoring/questions/answer-field-registry.ts) are typed over these keys, so a type
 * missing a piece anywhere does not compile.
 */
export const questionModules = { single, multiple, truefalse, ordering, matching, text, numeric, generated };

type Modules = typeof questionModules;
export type QuestionType = keyof Modules;
export const questionTypes = Object.keys(questionModules) as QuestionType[];

export type QuestionDefinition = Modules[QuestionType]['definition'];
export type ResponseDefinition = Modules[QuestionType]['response'];
export type QuestionOf<T extends QuestionType> = z.output<Modules[T]['definition']>;
export type ResponseOf<T extends QuestionType> = z.output<Modules[T]['response']>;

/**
 * The module of a type, seen over the unions of all questions and responses. TypeScript cannot
 * correlate `question.type` with its module's parameter types, so callers dispatch here and pass a
 * question and response of that same type (grading checks the response type first).
 */
export function questionModule(question: { type: QuestionType }): QuestionTypeModule<QuestionDefinition, ResponseDefinition> {
  return questionModules[question.type] as unknown as QuestionTypeModule<QuestionDefinition, ResponseDefinition>;
}

/** The type's name for authors; a type no longer known (an old stored row) shows as stored. */
export function questionTypeLabel(type: string): string {
  return Object.hasOwn(questionModules, type) ? questionModules[type as QuestionType].label : type;
}
