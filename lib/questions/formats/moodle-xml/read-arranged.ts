import { plainToMarkdown } from '../plain-text';
import { letterId } from '../slug';
import { moodleToMarkdown } from './moodle-text';
import { flag, idsOr, type TypeReader } from './read-context';
import { attribute, list, textOf } from './read-xml';

/**
 * matching: each subquestion is a prompt and its answer a choice; a subquestion with no text is a
 * distractor (a choice no prompt matches). Choices with the same text are one choice. Moodle
 * holds choice texts as plain text; from a Netprep export they are our Markdown.
 */
export const readMatching: TypeReader = (node, base, context) => {
  const met: string[] = [];
  const pairs = list(node, 'subquestion').map((sub) => {
    const raw = (textOf(sub, 'answer') ?? '').trim();
    const choice = context.extension ? raw : plainToMarkdown(raw);
    if (choice && !met.includes(choice)) met.push(choice);
    return { prompt: context.text(sub), choice };
  });
  const choiceIds = idsOr(context.extension?.choicesMet, met.length, letterId);
  let choices = met.map((text, i) => ({ id: choiceIds[i], text }));
  const order = context.extension?.choices;
  if (order && order.length === choices.length && choices.every((c) => order.includes(c.id)))
    choices = [...choices].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const asked = pairs.filter((p) => p.prompt);
  const promptIds = idsOr(context.extension?.prompts, asked.length, (i) => `p${i + 1}`);
  const prompts = asked.map((p, i) => ({ id: promptIds[i], text: p.prompt, match: choiceIds[met.indexOf(p.choice)] ?? '' }));
  return { draft: { ...base, type: 'matching', prompts, choices } };
};

/**
 * ordering (qtype_ordering): the answers in their correct order (by fraction, which holds the
 * position, else as written). Selecting a subset of items, and grading other than by absolute
 * position, are losses: we always show every item and give credit per item in place.
 */
export const readOrdering: TypeReader = (node, base, context) => {
  const answers = list(node, 'answer').map((answer, i) => ({ text: context.text(answer), position: Number(attribute(answer, 'fraction') ?? i) }));
  const positions = new Set(answers.map((a) => a.position));
  const ordered =
    positions.size === answers.length && answers.every((a) => Number.isFinite(a.position)) ? [...answers].sort((a, b) => a.position - b.position) : answers;
  const ids = idsOr(context.extension?.items, ordered.length, letterId);
  const select = (textOf(node, 'selecttype') ?? 'ALL').trim().toUpperCase();
  if (select !== 'ALL' && select !== '0')
    context.loss('subset selection', `Moodle shows a subset of the items (${select}, ${textOf(node, 'selectcount') ?? '?'} items); every item is shown here`);
  const grading = (textOf(node, 'gradingtype') ?? 'ABSOLUTE_POSITION').trim().toUpperCase();
  if (grading !== 'ABSOLUTE_POSITION' && grading !== '0')
    context.loss('grading type', `Moodle grades this by ${grading}; here partial credit is the share of items in their exact place`);
  return { draft: { ...base, type: 'ordering', items: ordered.map((a, i) => ({ id: ids[i], text: a.text })) } };
};

/**
 * ddwtos and gapselect (drag or select words into the gaps `[[n]]` of the text): a matching
 * question where every gap is a prompt ("Gap 1") over one shared list of choices, which holds
 * only when all choices are in one group; otherwise there is no native equivalent and it is
 * skipped. The gaps are marked in the stem as "[gap 1]".
 */
export const readGapChoices: TypeReader = (node, base, context) => {
  const entries = [...list(node, 'dragbox'), ...list(node, 'selectoption')].map((entry) => ({
    text: plainToMarkdown((textOf(entry, 'text') ?? '').trim()),
    group: (textOf(entry, 'group') ?? '1').trim(),
  }));
  if (new Set(entries.map((e) => e.group)).size > 1) return { skip: 'its gaps draw from several groups of choices, which a matching question cannot express' };
  const questionText = list(node, 'questiontext')[0];
  const gaps: number[] = [];
  const raw = (textOf(node, 'questiontext') ?? '').replace(/\[\[(\d+)\]\]/g, (_match, n: string) => {
    gaps.push(Number(n));
    return `[gap ${gaps.length}]`;
  });
  if (gaps.length < 2 || gaps.some((n) => !entries[n - 1]))
    return { skip: 'it needs at least two gaps, each naming one of its choices, to become a matching question' };
  const format = attribute(questionText, 'format');
  const stem = moodleToMarkdown(raw, format === 'html' || format === 'markdown' || format === 'plain_text' ? format : context.format);
  if (flag(textOf(node, 'shuffleanswers'), true) === false) context.loss('choice order', 'the choices are always shuffled here');
  const choices = entries.map((e, i) => ({ id: letterId(i), text: e.text }));
  const prompts = gaps.map((n, i) => ({ id: `g${i + 1}`, text: `Gap ${i + 1}`, match: choices[n - 1].id }));
  return { draft: { ...base, stem, type: 'matching', prompts, choices } };
};
