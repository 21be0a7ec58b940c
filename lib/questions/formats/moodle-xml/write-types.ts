import type { QuestionOf, QuestionType } from '../../schema';
import { plainNumber } from '../gift-text';
import type { NetprepExtension } from './netprep-extension';

/** An element for XMLBuilder: attributes as `@_name`, CDATA as `__cdata`. */
export type XmlOut = { [key: string]: XmlOut | XmlOut[] | string };
type Written = { qtype: string; fields: XmlOut; extension: Partial<NetprepExtension> };
type Writers = { [T in Exclude<QuestionType, 'generated'>]: (question: QuestionOf<T>) => Written };

/** A CDATA section; the builder splits a "]]>" inside it across two sections, as XML requires. */
export const cdata = (text: string): XmlOut => ({ __cdata: text });
/** Moodle's text element in our format: Markdown, which Moodle renders with its own Markdown filter. */
export const markdownText = (text: string): XmlOut => ({ '@_format': 'markdown', text: cdata(text) });
const feedback = (text?: string): XmlOut => markdownText(text ?? '');
const percent = (value: number) => String(Number(value.toFixed(5)));

/**
 * Each type as Moodle's qformat_xml writes the matching qtype, in its element names and values.
 * Typed over every question type but generated (written as frozen variants), so a new type
 * without a writer does not compile.
 */
export const moodleWriters: Writers = {
  single: (q) => ({
    qtype: 'multichoice',
    fields: {
      single: 'true',
      shuffleanswers: q.options.every((o) => o.pinned) ? 'false' : 'true',
      answernumbering: 'abc',
      answer: q.options.map((o) => ({ '@_fraction': o.id === q.answer ? '100' : '0', ...markdownText(o.text), feedback: feedback(o.feedback) })),
    },
    extension: choiceExtension(q.options),
  }),
  // +100/n per right option, −100/n per wrong one: Moodle's clamped sum is our practice credit.
  multiple: (q) => {
    const share = 100 / q.answer.length;
    return {
      qtype: 'multichoice',
      fields: {
        single: 'false',
        shuffleanswers: q.options.every((o) => o.pinned) ? 'false' : 'true',
        answernumbering: 'abc',
        answer: q.options.map((o) => ({
          '@_fraction': percent(q.answer.includes(o.id) ? share : -share),
          ...markdownText(o.text),
          feedback: feedback(o.feedback),
        })),
      },
      extension: {
        ...choiceExtension(q.options),
        // The answer's order is kept only where it differs from the options' order (the import's).
        ...(q.answer.join() === q.options.flatMap((o) => (q.answer.includes(o.id) ? [o.id] : [])).join() ? {} : { answer: q.answer }),
      },
    };
  },
  truefalse: (q) => ({
    qtype: 'truefalse',
    fields: {
      answer: [true, false].map((value) => ({
        '@_fraction': value === q.answer ? '100' : '0',
        '@_format': 'moodle_auto_format',
        text: String(value),
        feedback: feedback(),
      })),
    },
    extension: {},
  }),
  // Moodle reads "*" in a short answer as a wildcard; "\*" is a literal asterisk.
  text: (q) => ({
    qtype: 'shortanswer',
    fields: {
      usecase: '0',
      answer: q.accept.map((accepted) => ({
        '@_fraction': '100',
        '@_format': 'moodle_auto_format',
        text: cdata(accepted.replace(/\*/g, '\\*')),
        feedback: feedback(),
      })),
    },
    extension: {},
  }),
  // A range is written as midpoint ± half its width; the exact bounds go in the extension.
  numeric: (q) => {
    const { value, tolerance } = 'min' in q.answer ? { value: (q.answer.min + q.answer.max) / 2, tolerance: (q.answer.max - q.answer.min) / 2 } : q.answer;
    return {
      qtype: 'numerical',
      fields: {
        answer: { '@_fraction': '100', '@_format': 'moodle_auto_format', text: plainNumber(value), feedback: feedback(), tolerance: plainNumber(tolerance) },
        ...(q.unit ? { units: { unit: { multiplier: '1', unit_name: cdata(q.unit) } } } : {}),
        // Units optional (not graded), shown as an input box: the nearest Moodle has to a label.
        unitgradingtype: '0',
        unitpenalty: '0',
        showunits: q.unit ? '0' : '3',
        unitsleft: '0',
      },
      extension: 'min' in q.answer ? { range: { min: q.answer.min, max: q.answer.max } } : {},
    };
  },
  // Choices no prompt matches are Moodle's distractors: subquestions with no text.
  matching: (q) => {
    const used = new Set(q.prompts.map((p) => p.match));
    const choiceText = (id: string) => q.choices.find((c) => c.id === id)?.text ?? id;
    const met = [...new Set([...q.prompts.map((p) => p.match), ...q.choices.filter((c) => !used.has(c.id)).map((c) => c.id)])];
    return {
      qtype: 'matching',
      fields: {
        shuffleanswers: 'true',
        subquestion: [
          ...q.prompts.map((p) => ({ ...markdownText(p.text), answer: { text: cdata(choiceText(p.match)) } })),
          ...q.choices.filter((c) => !used.has(c.id)).map((c) => ({ ...markdownText(''), answer: { text: cdata(c.text) } })),
        ],
      },
      extension: { prompts: q.prompts.map((p) => p.id), choicesMet: met, choices: q.choices.map((c) => c.id) },
    };
  },
  // qtype_ordering: answers in the correct order, each fraction its position.
  ordering: (q) => ({
    qtype: 'ordering',
    fields: {
      layouttype: 'VERTICAL',
      selecttype: 'ALL',
      selectcount: '0',
      gradingtype: 'ABSOLUTE_POSITION',
      showgrading: 'SHOW',
      numberingstyle: 'none',
      answer: q.items.map((item, i) => ({ '@_fraction': String(i + 1), ...markdownText(item.text) })),
    },
    extension: { items: q.items.map((item) => item.id) },
  }),
};

function choiceExtension(options: Array<{ id: string; pinned: boolean }>): Partial<NetprepExtension> {
  const pinned = options.filter((o) => o.pinned).map((o) => o.id);
  return { options: options.map((o) => o.id), ...(pinned.length ? { pinned } : {}) };
}
