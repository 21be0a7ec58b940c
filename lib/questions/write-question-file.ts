import { Document, Pair, Scalar, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import type { Question, QuestionFile } from './schema';

/**
 * Writes questions as native question-bank YAML in the house style: `|` blocks for stems and
 * explanations, one-line flow maps `{ id: a, text: "…" }` for options, items, prompts and
 * choices, a blank line between questions, and no schema defaults (pinned: false,
 * difficulty: medium, empty tags, tolerance: 0). `questionFileSchema` reads it back unchanged.
 */
export function questionFileYaml(file: QuestionFile): string {
  const root = new YAMLMap<string, unknown>();
  root.add(new Pair('lesson', file.lesson));
  root.add(new Pair('questions', questionSeq(file.questions)));
  return stringify(root);
}

/** The questions as a block sequence (`- id: …` items at column 0), ready to indent into a file. */
export function questionItemsYaml(questions: Question[]): string {
  return stringify(questionSeq(questions));
}

/** One question as a block map (`id: …` at column 0), to replace a sequence item's contents. */
export function questionYaml(question: Question): string {
  return stringify(questionMap(question));
}

const options: ToStringOptions = { lineWidth: 0, flowCollectionPadding: true };

function stringify(node: Node): string {
  const doc = new Document();
  doc.contents = node;
  return doc.toString(options);
}

function questionSeq(questions: Question[]): YAMLSeq {
  const seq = new YAMLSeq();
  questions.forEach((question, i) => {
    const node = questionMap(question);
    node.spaceBefore = i > 0;
    seq.items.push(node);
  });
  return seq;
}

type Entry = [key: string, value: unknown];

function questionMap(question: Question): YAMLMap {
  const entries: Entry[] = [['id', question.id], ['type', question.type]];
  if (question.difficulty !== 'medium') entries.push(['difficulty', question.difficulty]);
  if (question.tags.length) entries.push(['tags', tightSeq(question.tags)]);
  if (question.section !== undefined) entries.push(['section', question.section]);
  if (question.objectives !== undefined) entries.push(['objectives', objectivesMap(question.objectives)]);
  entries.push(['stem', block(question.stem)], ...answerEntries(question), ['explanation', block(question.explanation)]);
  return map(entries, false);
}

function answerEntries(question: Question): Entry[] {
  switch (question.type) {
    case 'single':
      return [['options', list(question.options.map(optionEntries))], ['answer', question.answer]];
    case 'multiple':
      return [['options', list(question.options.map(optionEntries))], ['answer', tightSeq(question.answer)]];
    case 'truefalse':
      return [['answer', question.answer]];
    case 'ordering':
      return [['items', list(question.items.map((item) => [['id', item.id], ['text', item.text]]))]];
    case 'matching':
      return [
        ['prompts', list(question.prompts.map((p) => [['id', p.id], ['text', p.text], ['match', p.match]]))],
        ['choices', list(question.choices.map((c) => [['id', c.id], ['text', c.text]]))],
      ];
    case 'text':
      return [['accept', question.accept.some(multiLine) ? blockSeq(question.accept) : tightSeq(question.accept.map(quoted))]];
    case 'numeric': {
      const { answer } = question;
      const range: Entry[] = 'min' in answer ? [['min', answer.min], ['max', answer.max]] : [['value', answer.value]];
      if ('tolerance' in answer && answer.tolerance !== 0) range.push(['tolerance', answer.tolerance]);
      return [['answer', map(range, true)], ...(question.unit === undefined ? [] : [['unit', question.unit] as Entry])];
    }
  }
}

function optionEntries(option: { id: string; text: string; pinned: boolean; feedback?: string }): Entry[] {
  const entries: Entry[] = [['id', option.id], ['text', option.text]];
  if (option.pinned) entries.push(['pinned', true]);
  if (option.feedback !== undefined) entries.push(['feedback', option.feedback]);
  return entries;
}

/**
 * Options, items, prompts and choices: one flow map per line like the hand-written files, with
 * their text double-quoted; an entry with multi-line text becomes a block map so the text can
 * be a readable `|` block instead of a string full of `\n` escapes.
 */
function list(entries: Entry[][]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const fields of entries) {
    const flow = !fields.some(([, value]) => typeof value === 'string' && multiLine(value));
    const styled = fields.map(([key, value]): Entry => [key, key === 'text' || key === 'feedback' ? text(value as string, flow) : value]);
    seq.items.push(map(styled, flow));
  }
  return seq;
}

function objectivesMap(objectives: Record<string, string[]>): YAMLMap {
  return map(
    Object.entries(objectives).map(([course, codes]): Entry => [course, tightSeq(codes.map(quoted))]),
    false,
  );
}

function map(entries: Entry[], flow: boolean): YAMLMap {
  const node = new YAMLMap<string, unknown>();
  node.flow = flow;
  for (const [key, value] of entries) node.add(new Pair(key, value));
  return node;
}

const multiLine = (value: string) => value.includes('\n');

function text(value: string, inFlow: boolean): Scalar {
  return inFlow || !multiLine(value) ? quoted(value) : block(value);
}

function quoted(value: string): Scalar {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/**
 * A `|` literal block. Every Markdown field is trimmed by the schema, so the newline added here
 * gives the plain `|` header authors write rather than `|-`, and is trimmed off again on load.
 * The yaml package falls back to quotes when a block cannot hold the text exactly.
 */
function block(value: string): Scalar {
  const node = new Scalar(`${value}\n`);
  node.type = Scalar.BLOCK_LITERAL;
  return node;
}

function blockSeq(values: string[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(...values.map((value) => text(value, false)));
  return seq;
}

/**
 * A flow sequence written `[a, b]` as in the hand-written files, while flow maps keep their
 * padding `{ id: a }`: the yaml package has a single padding option for both.
 */
class TightFlowSeq extends YAMLSeq {
  override toString(...[ctx, ...rest]: Parameters<YAMLSeq['toString']>): string {
    return super.toString(ctx && { ...ctx, flowCollectionPadding: '' }, ...rest);
  }
}

function tightSeq(values: unknown[]): YAMLSeq {
  const seq = new TightFlowSeq();
  seq.flow = true;
  seq.items.push(...values);
  return seq;
}
