import { stringify } from 'yaml';
import { parseYamlSource } from '@/lib/content/yaml-source';
import { checkEntry, type EntryErrors } from '@/lib/authoring/questions/check-entry';
import type { EditorContext } from '@/lib/authoring/questions/editor-context';
import { asEntry, type Entry } from '@/lib/authoring/questions/entry-edit';
import { questionYaml } from '@/lib/questions/write-question-file';

/** The entry in the house style of the question files when it is valid, else as plain YAML so nothing is lost. */
export function entryToYaml(entry: Entry, context: EditorContext): string {
  const checked = checkEntry(entry, context);
  return checked.question ? questionYaml(checked.question) : stringify(entry, { lineWidth: 0 });
}

/** The YAML tab's text read back: the entry when it parses, and every problem with its line. */
export function yamlToEntry(text: string, errors: (entry: Entry) => EntryErrors) {
  const source = parseYamlSource(text, 'question.yaml');
  if (source.problems.length) return { entry: null, problems: source.problems.map(({ line, message }) => ({ line, message })) };
  const entry = asEntry(source.data);
  const problems = Object.entries(errors(entry)).flatMap(([field, messages]) =>
    messages.map((message) => ({
      line: source.lineOf(field ? field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p)) : []),
      field: field || undefined,
      message,
    })),
  );
  return { entry, problems };
}
