import { z } from 'zod';
import { slug } from './types/fields';
import { questionModules, type QuestionDefinition, type ResponseDefinition } from './types/registry';

export { difficulties } from './types/fields';
export { questionTypes, type QuestionOf, type QuestionType, type ResponseOf } from './types/registry';
export type { NumericAnswer } from './types/numeric/schema';

const modules = Object.values(questionModules);

/** Any question, by its `type`; each type's definition lives in lib/questions/types/<type>/. */
export const questionSchema = z.discriminatedUnion('type', modules.map((m) => m.definition) as [QuestionDefinition, ...QuestionDefinition[]]);
export type Question = z.infer<typeof questionSchema>;

/** A question bank file: `<lesson file name>.questions.yaml` next to its lesson. */
export const questionFileSchema = z.strictObject({
  lesson: slug,
  questions: z.array(questionSchema).min(1, 'list at least one question'),
});
export type QuestionFile = z.infer<typeof questionFileSchema>;

/** What a learner submits, one shape per type. Ids are the question's own option/item/choice ids. */
export const responseSchema = z.discriminatedUnion('type', modules.map((m) => m.response) as [ResponseDefinition, ...ResponseDefinition[]]);
export type QuestionResponse = z.infer<typeof responseSchema>;
