import { z } from 'zod';
import { text as requestText } from '../http/input';

// zod's own message for a missing key ("expected string, received undefined") reads like a type error.
const required = { error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : undefined) };
const slug = z.string(required).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const localId = z.string(required).regex(/^[A-Za-z0-9_-]{1,40}$/, 'use letters, digits, "-" or "_" (at most 40)');
const markdown = z.string(required).trim().min(1, 'is required');
const objectiveCode = z.string().regex(/^\d+\.\d+$/, 'an objective code looks like "1.12"');

export const questionTypes = ['single', 'multiple', 'truefalse', 'ordering', 'matching', 'text', 'numeric'] as const;
export type QuestionType = (typeof questionTypes)[number];

export const difficulties = ['easy', 'medium', 'hard'] as const;

const option = z.strictObject({
  id: localId,
  text: markdown,
  /** Kept at its written position when options are shuffled (e.g. "None of the above"). */
  pinned: z.boolean().default(false),
  /** Shown after answering when the learner picked this option. */
  feedback: z.string().trim().optional(),
});

const common = {
  id: slug,
  stem: markdown,
  explanation: markdown,
  /** Heading anchor in the lesson for "read more"; checked against the compiled lesson. */
  section: slug.optional(),
  /** Course id → objective codes; defaults to the lesson's own examObjectives when omitted. */
  objectives: z.record(slug, z.array(objectiveCode).min(1)).optional(),
  difficulty: z.enum(difficulties).default('medium'),
  tags: z.array(slug).default([]),
};

const single = z.strictObject({
  ...common,
  type: z.literal('single'),
  options: z.array(option).min(2, 'needs at least 2 options'),
  answer: localId,
});

const multiple = z.strictObject({
  ...common,
  type: z.literal('multiple'),
  options: z.array(option).min(3, 'needs at least 3 options'),
  /** The learner is told how many to choose ("choose two"). */
  answer: z.array(localId).min(2, 'a multiple-select question has at least 2 correct options'),
});

const trueFalse = z.strictObject({
  ...common,
  type: z.literal('truefalse'),
  answer: z.boolean(required),
});

const ordering = z.strictObject({
  ...common,
  type: z.literal('ordering'),
  /** Written in the correct order; always shown shuffled. */
  items: z.array(z.strictObject({ id: localId, text: markdown })).min(3, 'needs at least 3 items'),
});

const matching = z.strictObject({
  ...common,
  type: z.literal('matching'),
  /** Left-hand column; each names the id of its right-hand choice. */
  prompts: z.array(z.strictObject({ id: localId, text: markdown, match: localId })).min(2, 'needs at least 2 prompts'),
  /** Right-hand column, may hold more choices than prompts (distractors); a choice may match several prompts. */
  choices: z.array(z.strictObject({ id: localId, text: markdown })).min(2, 'needs at least 2 choices'),
});

const text = z.strictObject({
  ...common,
  type: z.literal('text'),
  /** Accepted answers, compared ignoring case, surrounding and repeated whitespace. */
  accept: z.array(markdown).min(1, 'list at least one accepted answer'),
});

const numericAnswer = z.union([
  z.strictObject({ value: z.number(), tolerance: z.number().nonnegative().default(0) }),
  z.strictObject({ min: z.number(), max: z.number() }).refine((r) => r.min <= r.max, 'min must not exceed max'),
]);

const numeric = z.strictObject({
  ...common,
  type: z.literal('numeric'),
  answer: numericAnswer,
  /** Shown next to the input, e.g. "hosts" or "ms". */
  unit: z.string().trim().optional(),
});

export const questionSchema = z.discriminatedUnion('type', [single, multiple, trueFalse, ordering, matching, text, numeric]);
export type Question = z.infer<typeof questionSchema>;
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type NumericAnswer = z.infer<typeof numericAnswer>;

/** A question bank file: `<lesson file name>.questions.yaml` next to its lesson. */
export const questionFileSchema = z.strictObject({
  lesson: slug,
  questions: z.array(questionSchema).min(1, 'list at least one question'),
});
export type QuestionFile = z.infer<typeof questionFileSchema>;

/** What a learner submits, one shape per type. Ids are the question's own option/item/choice ids. */
export const responseSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('single'), choice: localId }),
  z.strictObject({ type: z.literal('multiple'), choices: z.array(localId).max(50) }),
  z.strictObject({ type: z.literal('truefalse'), value: z.boolean() }),
  z.strictObject({ type: z.literal('ordering'), order: z.array(localId).max(50) }),
  z.strictObject({ type: z.literal('matching'), pairs: z.record(localId, localId) }),
  z.strictObject({ type: z.literal('text'), text: requestText.max(500) }),
  z.strictObject({ type: z.literal('numeric'), value: requestText.max(50) }),
]);
export type QuestionResponse = z.infer<typeof responseSchema>;
export type ResponseOf<T extends QuestionType> = Extract<QuestionResponse, { type: T }>;
