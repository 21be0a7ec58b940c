import { XMLBuilder } from 'fast-xml-parser';
import type { Question, QuestionType } from '../../schema';
import { shownQuestion } from '../../shown-question';
import { defaultGiftVariants } from '../gift-export';
import { exhibitLosses, type ExportLoss } from '../export-losses';
import type { NetprepExtension } from './netprep-extension';
import { cdata, markdownText, moodleWriters, type XmlOut } from './write-types';

export type MoodleXmlExport = { xml: string; frozen: Array<{ id: string; variants: number }>; lost: ExportLoss[] };
/** Questions under one Moodle category (`$course$/top/…`), e.g. one lesson's. */
export type MoodleXmlGroup = { category?: string; questions: Question[] };

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  cdataPropName: '__cdata',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: false,
});

/**
 * Writes Moodle XML as qformat_xml does (`<quiz>`, `<question type="…">` with name, questiontext,
 * generalfeedback, the type's answers, tags), which Moodle imports and `importMoodleXml` reads
 * back to the same questions:
 * - texts in `format="markdown"` (ours are Markdown) inside CDATA; the explanation is the
 *   general feedback; the id is the name and the idnumber;
 * - `penalty` 0 and mark 1: a question is answered once and every question weighs the same;
 * - the fields Moodle has no place for (difficulty, section, objectives, option ids, pinned
 *   options, a numeric range's exact bounds) in a `<netprep>` element Moodle ignores;
 * - a generated entry as `variants` frozen variants (seeds 1 to N, ids `<id>-v<seed>`) that each
 *   carry the entry, so that re-import gives back the one entry; returned in `frozen`;
 * - exhibits in the `<netprep>` element too, so Netprep reads them back, but Moodle has no
 *   exhibits and shows the question without them: each such question is returned in `lost`.
 */
export function exportMoodleXml(groups: MoodleXmlGroup[], options: { variants?: number } = {}): MoodleXmlExport {
  const questions: XmlOut[] = [];
  const frozen: MoodleXmlExport['frozen'] = [];
  const lost: ExportLoss[] = [];
  for (const group of groups) {
    if (group.category)
      questions.push({ '@_type': 'category', category: { text: cdata(group.category) }, info: { '@_format': 'moodle_auto_format', text: '' } });
    for (const question of group.questions) {
      if (question.type !== 'generated') {
        questions.push(questionXml(question));
        lost.push(...exhibitLosses(question, 'kept only in the <netprep> element: Moodle shows the question without them'));
        continue;
      }
      const variants = options.variants ?? defaultGiftVariants;
      for (let seed = 1; seed <= variants; seed++) {
        const shown = shownQuestion(question, seed);
        // A variant is a concrete question; a generator that gave another generated entry is a bug.
        if (shown.type === 'generated') throw new Error(`The variant of generated entry "${question.id}" is itself generated.`);
        questions.push(questionXml({ ...shown, id: `${question.id}-v${seed}` }, { id: question.id, generated: question }));
      }
      frozen.push({ id: question.id, variants });
    }
  }
  const xml = builder.build({ quiz: { question: questions } }) as string;
  return { xml: `<?xml version="1.0" encoding="UTF-8"?>\n${inlineCdata(xml)}`, frozen, lost };
}

/**
 * The builder puts a CDATA section on its own indented line, which would add that whitespace to
 * the text; Moodle writes `<text><![CDATA[…]]></text>`. Only the markup between sections is touched.
 */
function inlineCdata(xml: string): string {
  return xml
    .split(/(<!\[CDATA\[[\s\S]*?\]\]>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(<text>)\s+$/, '$1').replace(/^\s+(<\/text>)/, '$1')))
    .join('');
}

function questionXml(question: Exclude<Question, { type: 'generated' }>, override?: NetprepExtension): XmlOut {
  const write = moodleWriters[question.type] as (q: Question) => ReturnType<(typeof moodleWriters)[Exclude<QuestionType, 'generated'>]>;
  const { qtype, fields, extension } = write(question);
  const netprep: NetprepExtension = override ?? {
    id: question.id,
    difficulty: question.difficulty,
    ...(question.section ? { section: question.section } : {}),
    ...(question.objectives ? { objectives: question.objectives } : {}),
    ...(question.exhibits ? { exhibits: question.exhibits } : {}),
    ...extension,
  };
  return {
    '@_type': qtype,
    name: { text: cdata(question.id) },
    questiontext: markdownText(question.stem),
    generalfeedback: markdownText(question.explanation),
    defaultgrade: '1',
    penalty: '0',
    hidden: '0',
    idnumber: question.id,
    ...fields,
    ...(question.tags.length ? { tags: { tag: question.tags.map((tag) => ({ text: tag })) } } : {}),
    netprep: { text: cdata(JSON.stringify(netprep)) },
  };
}
