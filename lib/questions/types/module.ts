import type { GIFTQuestion } from 'gift-pegjs';
import type { z } from 'zod';
import type { GradeDetail, GradeResult } from './grade-result';

type Definition = z.ZodObject<{ type: z.ZodLiteral<string> }>;
type ResponseSchema = z.ZodObject<{ type: z.ZodLiteral<string> }>;

/** One rule problem on a question, located by its path in the entry. */
export type AddProblem = (path: PropertyKey[], message: string) => void;
/** Reports duplicate ids in a list and returns the ids it holds. */
export type UniqueIds = (list: Array<{ id: string }>, key: string) => Set<string>;

/** A list of the question shown in the browser, texts rendered, every id replaced by its opaque token. */
export type PresentedEntries = Array<{ id: string; html: string }>;
/** The type's own fields of a question as the browser gets it (PresentedQuestion). */
export type PresentedFields = {
  /** single/multiple: options in display order. */
  options?: PresentedEntries;
  /** multiple: how many to choose ("Choose two"). */
  choose?: number;
  /** ordering: items in their (shuffled) starting order. */
  items?: PresentedEntries;
  /** matching: left column, and right column in display order. */
  prompts?: PresentedEntries;
  choices?: PresentedEntries;
  /** numeric: unit shown next to the input. */
  unit?: string;
};
/** The presented lists of one question, by the kind its presentation order uses ("options", "items"…). */
export type EntriesOf = (kind: string, htmlPrefix: string) => PresentedEntries;

/** A YAML entry of the house style: key and value node, see lib/questions/yaml-nodes.ts. */
export type YamlEntry = [key: string, value: unknown];

export type GiftNode = Exclude<GIFTQuestion, { type: 'Category' }>;
export type GiftBase = { id: string; stem: string; tags: string[] };
/** A part of the GIFT question the draft does not keep, and why (listed per question in the import report). */
export type GiftLoss = { feature: string; reason: string };
/** A GIFT question read as a native draft (no explanation yet) with what it could not keep, or the reason it has none. */
export type GiftRead = { draft: { type: string } & GiftBase & Record<string, unknown>; losses: GiftLoss[] } | { skip: string };
export type GiftReader = { [N in GiftNode['type']]: { node: N; read: (node: Extract<GiftNode, { type: N }>, base: GiftBase) => GiftRead } }[GiftNode['type']];

/** What the question editor carries over when an author switches to this type. */
export type Carried = { options: Array<{ id: string; text: string; pinned?: boolean; feedback?: string }>; answers: string[] };

/**
 * Everything the platform knows about one question type, in one folder (Moodle's
 * question/type/<type>/). `Q` is the definition as stored, `R` the learner's response; both carry
 * `type`. The registry (registry.ts) holds one per type, so a type without a piece does not compile.
 */
export type QuestionTypeModule<D extends Definition, S extends ResponseSchema, Q = z.output<D>, R = z.output<S>> = {
  /** Shown in the editor and the question list. */
  label: string;
  definition: D;
  response: S;
  /** Checks zod cannot express on one question: ids that must exist, be unique or point somewhere. */
  rules?: (question: Q, add: AddProblem, uniqueIds: UniqueIds) => void;
  /** `score` is the exam credit (1 only when fully correct), `partial` the practice credit. */
  grade: (question: Q, response: R) => GradeResult;
  /** The canonical correct response, shown after grading. */
  correctResponse: (question: Q) => R;
  itemAnalysis: {
    /**
     * What an answer counts as ("how often was each answer given"), normalized as grading
     * compares it; stored on the attempt item when it is graded. Empty when an answer is an
     * arrangement (an order, a set of pairs) rather than one pick or one typed value.
     */
    keys: (response: R) => string[];
    /** 'options': counted per written option (distractor analysis); 'typed': the most frequent keys; 'arranged': not counted. */
    answers: 'options' | 'typed' | 'arranged';
    /** With 'options': the options in written order, their key, text (`html`: its QuestionHtml key) and whether correct. */
    options?: (question: Q) => Array<{ key: string; text: string; html?: string; correct: boolean }>;
  };
  /** Markdown texts besides stem and explanation, keyed as in QuestionHtml ("option:a"). */
  texts: (question: Q) => Record<string, string>;
  presentation: {
    /** The display order of each list, drawn once per attempt item. */
    order: (question: Q, random: () => number) => Record<string, string[]>;
    view: (question: Q, entries: EntriesOf) => PresentedFields;
    /** The ids that leave the server only as tokens. */
    ids: (question: Q) => string[];
    /** The response with every id passed through `map` (to tokens, or back to ids). */
    mapIds: (response: R, map: (id: string) => string) => R;
    /** The grader's detail with every id passed through `map`, when it names ids. */
    mapDetail?: (detail: GradeDetail, map: (id: string) => string) => GradeDetail;
    /** The options a response picked, whose feedback ("feedback:<id>") the learner sees once graded. */
    picked?: (response: R) => string[];
  };
  /** The type's answer keys in a question bank file, in the house style. */
  yaml: (question: Q) => YamlEntry[];
  gift: {
    /** The answer block `{open` + lines; or why GIFT cannot hold this type. */
    write: ((question: Q) => { open: string; lines: string[] }) | { skip: string };
    /** The GIFT question kind this type reads, if any. */
    read?: GiftReader;
  };
  /** States the correct answer of a draft, as the explanation of an import that has none. */
  statement: (draft: Omit<z.input<D>, 'explanation'>) => string;
  /** A new entry's answer fields when an author switches to this type. */
  blank: (carried: Carried) => Record<string, unknown>;
};

/** The presentation of a type with nothing to shuffle and no ids to hide (no options, items or choices). */
export const untokenized = { order: () => ({}), view: () => ({}), ids: () => [], mapIds: <R>(response: R) => response };

/**
 * Builds a module from its schemas first, so that every function is checked against the types
 * they define (a response returned as `{ type: 'single', … }` keeps its literal type).
 */
export function defineQuestionType<D extends Definition, S extends ResponseSchema>(definition: D, response: S) {
  return (parts: Omit<QuestionTypeModule<D, S>, 'definition' | 'response'>): QuestionTypeModule<D, S> => ({ definition, response, ...parts });
}
