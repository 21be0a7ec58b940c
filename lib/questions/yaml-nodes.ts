import { Scalar, YAMLMap, YAMLSeq, Pair } from 'yaml';
import type { YamlEntry } from './types/module';

/**
 * Options, items, prompts and choices: one flow map per line like the hand-written files, with
 * their text double-quoted; an entry with multi-line text becomes a block map so the text can
 * be a readable `|` block instead of a string full of `\n` escapes.
 */
export function list(entries: YamlEntry[][]): YAMLSeq {
  const seq = new YAMLSeq();
  for (const fields of entries) {
    const flow = !fields.some(([, value]) => typeof value === 'string' && multiLine(value));
    const styled = fields.map(([key, value]): YamlEntry => [key, key === 'text' || key === 'feedback' ? text(value as string, flow) : value]);
    seq.items.push(map(styled, flow));
  }
  return seq;
}

export function map(entries: YamlEntry[], flow: boolean): YAMLMap {
  const node = new YAMLMap<string, unknown>();
  node.flow = flow;
  for (const [key, value] of entries) node.add(new Pair(key, value));
  return node;
}

export const multiLine = (value: string) => value.includes('\n');

function text(value: string, inFlow: boolean): Scalar {
  return inFlow || !multiLine(value) ? quoted(value) : block(value);
}

export function quoted(value: string): Scalar {
  const node = new Scalar(value);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
}

/**
 * A `|` literal block. Every Markdown field is trimmed by the schema, so the newline added here
 * gives the plain `|` header authors write rather than `|-`, and is trimmed off again on load.
 * The yaml package falls back to quotes when a block cannot hold the text exactly.
 */
export function block(value: string): Scalar {
  const node = new Scalar(`${value}\n`);
  node.type = Scalar.BLOCK_LITERAL;
  return node;
}

export function blockSeq(values: string[]): YAMLSeq {
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

export function tightSeq(values: unknown[]): YAMLSeq {
  const seq = new TightFlowSeq();
  seq.flow = true;
  seq.items.push(...values);
  return seq;
}
