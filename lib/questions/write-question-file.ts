import { Document, Pair, YAMLMap, YAMLSeq, type Node, type ToStringOptions } from 'yaml';
import { questionModule } from './types/registry';
import type { Exhibit } from './types/fields';
import type { YamlEntry } from './types/module';
import type { Question, QuestionFile } from './schema';
import { block, map, quoted, tightSeq } from './yaml-nodes';

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

function questionMap(question: Question): YAMLMap {
  const entries: YamlEntry[] = [
    ['id', question.id],
    ['type', question.type],
  ];
  if (question.difficulty !== 'medium') entries.push(['difficulty', question.difficulty]);
  if (question.tags.length) entries.push(['tags', tightSeq(question.tags)]);
  if (question.section !== undefined) entries.push(['section', question.section]);
  if (question.objectives !== undefined) entries.push(['objectives', objectivesMap(question.objectives)]);
  entries.push(['stem', block(question.stem)]);
  if (question.exhibits) entries.push(['exhibits', exhibitsSeq(question.exhibits)]);
  entries.push(...questionModule(question).yaml(question), ['explanation', block(question.explanation)]);
  return map(entries, false);
}

/** Each exhibit as a block map, its text a `|` block so CLI columns read as they will show. */
function exhibitsSeq(exhibits: Exhibit[]): YAMLSeq {
  const seq = new YAMLSeq();
  seq.items.push(
    ...exhibits.map((exhibit) =>
      map(
        [
          ['title', exhibit.title],
          ['kind', exhibit.kind],
          ['text', block(exhibit.text)],
        ],
        false,
      ),
    ),
  );
  return seq;
}

function objectivesMap(objectives: Record<string, string[]>): YAMLMap {
  return map(
    Object.entries(objectives).map(([course, codes]): YamlEntry => [course, tightSeq(codes.map(quoted))]),
    false,
  );
}
