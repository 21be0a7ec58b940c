import { questionSchema } from '../../schema';
import { emptyResult, type ImportOptions, type ImportResult } from '../import-result';
import { addDraft, type QuestionDraft } from '../question-draft';
import { isSlug, shortHash, slugify, stemId } from '../slug';
import { isMoodleFormat, readText, type MoodleFormat } from './moodle-text';
import { readExtension, type NetprepExtension } from './netprep-extension';
import { readGapChoices, readMatching, readOrdering } from './read-arranged';
import { readMultichoice, readNumerical, readShortAnswer, readTrueFalse } from './read-choices';
import type { ReadContext, TypeReader } from './read-context';
import { attribute, list, readMoodleXml, textOf, type XmlNode, type XmlQuestion } from './read-xml';
import { commonLosses } from './common-losses';

const readers: Record<string, TypeReader> = {
  multichoice: readMultichoice,
  truefalse: readTrueFalse,
  shortanswer: readShortAnswer,
  numerical: readNumerical,
  matching: readMatching,
  ordering: readOrdering,
  ddwtos: readGapChoices,
  gapselect: readGapChoices,
};

const calculated = 'calculated questions draw their numbers from datasets, which have no native equivalent';
/** Moodle's own types that have no native equivalent: skipped and listed, never dropped silently. */
const skipReasons: Record<string, string> = {
  essay: 'essay questions are graded by hand and have no native equivalent',
  description: 'a description has no answer to grade and no native equivalent',
  multianswer: 'cloze (embedded answers) questions have no native equivalent',
  calculated,
  calculatedsimple: calculated,
  calculatedmulti: calculated,
  random: 'a random question is picked from a category when a quiz starts; it is not a question itself',
  randomsamatch: 'random short-answer matching builds its pairs from other questions when a quiz starts',
  ddimageortext: 'drag and drop onto an image needs the image, and Netprep has no image store yet',
  ddmarker: 'drag markers onto an image needs the image, and Netprep has no image store yet',
};

/**
 * Imports Moodle XML (qformat_xml), parsed by fast-xml-parser (read-xml.ts). Each question is
 * read by the reader of its `type` (read-choices.ts, read-arranged.ts); a Moodle type with no
 * native equivalent is listed in `skipped`, an unknown one is an error. Whatever part of a
 * question the model cannot hold (penalties, hints, images, other fractions…) is listed in
 * `losses`. Problems name the question's index and name; their line is where it starts.
 *
 * - Id: the `<idnumber>` or `<name>` when it is a slug, else the name's slug, else the stem's;
 *   a second question with the same id gets the stem's hash added (stable across re-imports).
 * - Tags: `<tags>`, plus the last segment of the current `$course$/top/…` category.
 * - `<generalfeedback>` → explanation; a `<netprep>` element (our own export) restores the
 *   fields Moodle has no place for (netprep-extension.ts).
 */
export function importMoodleXml(text: string, options: ImportOptions): ImportResult {
  const result = emptyResult(options);
  const error = (line: number, message: string) => result.problems.push({ file: options.file, line, message, severity: 'error' });
  const read = readMoodleXml(text.replace(/^\uFEFF/, ''));
  if ('error' in read) {
    error(read.error.line, read.error.message);
    return result;
  }
  let categoryTag: string | undefined;
  const generated = new Set<string>();
  for (const question of read.questions) {
    if (question.type === 'category') {
      categoryTag = categoryTagOf(textOf(question.node, 'category') ?? '');
      continue;
    }
    const label = `question ${question.index}${question.name ? ` "${question.name}"` : ''}`;
    const title = question.name;
    if (Object.hasOwn(skipReasons, question.type)) {
      result.skipped.push({ line: question.line, ...(title ? { title } : {}), reason: `${question.type}: ${skipReasons[question.type]}` });
      continue;
    }
    const reader = Object.hasOwn(readers, question.type) ? readers[question.type] : undefined;
    if (!reader) {
      error(question.line, `${label}: unknown question type "${question.type}"`);
      continue;
    }
    const extended = readExtension(question.node);
    if ('error' in extended) {
      error(question.line, `${label}: ${extended.error}`);
      continue;
    }
    const { extension } = extended;
    if (extension?.generated) {
      // Every frozen variant carries the entry; the first gives it back, the others are the same entry.
      if (!generated.has(extension.id)) addGenerated(result, options.file, question, extension.generated, label);
      generated.add(extension.id);
      continue;
    }
    readQuestion(result, options.file, question, reader, extension, categoryTag, label);
  }
  return result;
}

function readQuestion(
  result: ImportResult,
  file: string,
  question: XmlQuestion,
  reader: TypeReader,
  extension: NetprepExtension | undefined,
  categoryTag: string | undefined,
  label: string,
) {
  const title = question.name;
  const loss = (feature: string, reason: string) => result.losses.push({ line: question.line, ...(title ? { title } : {}), feature, reason });
  const context: ReadContext = {
    extension,
    format: questionFormat(question.node),
    text: (element: XmlNode | undefined) => {
      const read = readText(element, context.format);
      for (const name of read.files) loss('embedded image', `"${name}": embedded image not imported (Netprep has no image store yet)`);
      if (read.unknownFormat) loss('text format', `format "${read.unknownFormat}" is unknown; read as Moodle's auto-format`);
      return read.markdown;
    },
    loss,
  };
  const stem = context.text(list(question.node, 'questiontext')[0]);
  const explanation = context.text(list(question.node, 'generalfeedback')[0]);
  const tags = extension ? tagsOf(question.node) : [...new Set([...tagsOf(question.node), ...(categoryTag ? [categoryTag] : [])])];
  const id = extension?.id ?? idOf(question, stem, result);
  const read = reader(question.node, { id, stem, tags }, context);
  if ('skip' in read) {
    result.skipped.push({ line: question.line, ...(title ? { title } : {}), reason: `${question.type}: ${read.skip}` });
    return;
  }
  if ('error' in read) {
    result.problems.push({ file, line: question.line, message: `${label}: ${read.error}`, severity: 'error' });
    return;
  }
  commonLosses(question.node, loss, context);
  const netprepFields = extension
    ? {
        ...(extension.difficulty ? { difficulty: extension.difficulty } : {}),
        ...(extension.section ? { section: extension.section } : {}),
        ...(extension.objectives ? { objectives: extension.objectives } : {}),
        ...(extension.exhibits ? { exhibits: extension.exhibits } : {}),
      }
    : {};
  const before = result.problems.length;
  addDraft(result, file, question.line, { ...read.draft, ...netprepFields } as QuestionDraft, explanation || undefined);
  for (const problem of result.problems.slice(before)) problem.message = `${label}: ${problem.message}`;
}

function questionFormat(node: XmlNode): MoodleFormat {
  const declared = attribute(list(node, 'questiontext')[0], 'format');
  return declared && isMoodleFormat(declared) ? declared : 'moodle_auto_format';
}

function addGenerated(result: ImportResult, file: string, question: XmlQuestion, entry: Record<string, unknown>, label: string) {
  const parsed = questionSchema.safeParse(entry);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      result.problems.push({ file, line: question.line, message: `${label}: generated entry: ${issue.path.join('.')} ${issue.message}`, severity: 'error' });
    return;
  }
  result.questions.push({ line: question.line, question: parsed.data });
}

/** `<idnumber>` or `<name>` when a slug, else the name's slug, else the stem's; a taken id gets the stem's hash. */
function idOf(question: XmlQuestion, stem: string, result: ImportResult): string {
  const idnumber = textOf(question.node, 'idnumber')?.trim();
  const name = question.name;
  const id = idnumber && isSlug(idnumber) ? idnumber : name && isSlug(name) ? name : (name && slugify(name)) || stemId(stem);
  const taken = (candidate: string) => result.questions.some((entry) => entry.question.id === candidate);
  return taken(id) ? `${slugify(id, 50)}-${shortHash(`${question.type}\n${stem}`)}` : id;
}

function tagsOf(node: XmlNode): string[] {
  const tags = list(list(node, 'tags')[0], 'tag').map((tag) => slugify(textOf(tag, 'text') ?? ''));
  return [...new Set(tags.filter(Boolean))];
}

/** `$course$/top/Networking/IP//Subnets` → "ip-subnets": the last segment, where "//" is an escaped "/". */
function categoryTagOf(path: string): string | undefined {
  const segments = path
    .split(/(?<!\/)\/(?!\/)/)
    .map((s) => s.replace(/\/\//g, '/').trim())
    .filter((s) => s && !/^\$\w+\$$/.test(s) && s !== 'top');
  return slugify(segments.at(-1) ?? '') || undefined;
}
