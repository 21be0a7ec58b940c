import type { Category, GIFTQuestion, Matching, MultipleChoice, Numerical, NumericalFormat, ShortAnswer, TextChoice, TextFormat } from 'gift-pegjs';
import type { QuestionDraft } from './question-draft';
import { decodeGiftPlaceholders, giftTextToMarkdown } from './gift-text';
import { letterId } from './slug';

export type GiftQuestion = Exclude<GIFTQuestion, Category>;
export type Mapped = { draft: QuestionDraft; warnings: string[] } | { skip: string };
type Base = { id: string; stem: string; tags: string[] };

/** One parsed GIFT question to a native draft, or the reason it has no native equivalent. */
export function mapGiftQuestion(node: GiftQuestion, base: Base): Mapped {
  switch (node.type) {
    case 'MC':
      return mapChoices(node, base);
    case 'TF': {
      const warnings = node.trueFeedback || node.falseFeedback ? ['true/false answer feedback has no native field and was dropped'] : [];
      return { draft: { ...base, type: 'truefalse', answer: node.isTrue }, warnings };
    }
    case 'Short':
      return mapShort(node, base);
    case 'Numerical':
      return mapNumerical(node, base);
    case 'Matching':
      return mapMatching(node, base);
    case 'Essay':
      return { skip: 'essay questions are graded by hand and have no native equivalent' };
    case 'Description':
      return { skip: 'a description has no answer to grade and no native equivalent' };
  }
}

const fullCredit = (choice: { isCorrect: boolean; weight: number | null }) => choice.isCorrect && (choice.weight === null || choice.weight === 100);

function option(choice: TextChoice, index: number) {
  const feedback = choice.feedback ? { feedback: giftTextToMarkdown(choice.feedback) } : {};
  return { id: letterId(index), text: giftTextToMarkdown(choice.text), ...feedback };
}

/**
 * One `=` answer → single (partial-credit weights on the others are dropped with a warning).
 * No `=` answer → the options with a positive weight are the answer: multiple when there are
 * two or more, single when there is one. Several `=` answers have no native equivalent.
 */
function mapChoices(node: MultipleChoice, base: Base): Mapped {
  const options = node.choices.map(option);
  const marked = options.filter((_, i) => node.choices[i].isCorrect);
  if (marked.length > 1) return { skip: 'several options are marked fully correct (=) in a single-answer question' };
  if (marked.length === 1) {
    const partial = node.choices.some((c) => !c.isCorrect && (c.weight ?? 0) > 0);
    return {
      draft: { ...base, type: 'single', options, answer: marked[0].id },
      warnings: partial ? ['partial-credit weights on wrong options were dropped'] : [],
    };
  }
  const answer = options.filter((_, i) => (node.choices[i].weight ?? 0) > 0).map((o) => o.id);
  if (answer.length === 0) return { skip: 'no option is marked correct' };
  if (answer.length === 1) return { draft: { ...base, type: 'single', options, answer: answer[0] }, warnings: [] };
  return { draft: { ...base, type: 'multiple', options, answer }, warnings: [] };
}

/** Accepted answers are compared with what learners type, so they stay raw text (no Markdown escaping). */
function mapShort(node: ShortAnswer, base: Base): Mapped {
  const accept = node.choices.filter(fullCredit).map((c) => c.text.text);
  if (accept.length === 0) return { skip: 'no short answer has full credit' };
  const warnings: string[] = [];
  if (accept.length < node.choices.length) warnings.push('partial-credit answers were dropped');
  if (node.choices.some((c) => c.feedback)) warnings.push('answer feedback has no native field in a text question and was dropped');
  return { draft: { ...base, type: 'text', accept }, warnings };
}

function isNumber(text: NumericalFormat | TextFormat): text is NumericalFormat {
  return 'type' in text;
}

/** Keeps the first full-credit (100%) answer; other, partial-credit answers are dropped with a warning. */
function mapNumerical(node: Numerical, base: Base): Mapped {
  const choices = Array.isArray(node.choices) ? node.choices : [{ isCorrect: true, weight: null, text: node.choices, feedback: null }];
  // gift-pegjs gives a text "*" (not a number) for Moodle's catch-all `~#feedback` answer.
  const main = choices.find((c) => fullCredit(c) && isNumber(c.text));
  if (!main) return { skip: 'no numerical answer has full credit' };
  const value = main.text;
  // NaN only if gift-pegjs ever omits a number its type promises: validation then reports it.
  const answer =
    value.type === 'high-low'
      ? { min: value.numberLow ?? Number.NaN, max: value.numberHigh ?? Number.NaN }
      : { value: value.number ?? Number.NaN, tolerance: value.type === 'range' ? (value.range ?? Number.NaN) : 0 };
  const warnings: string[] = [];
  if (choices.length > 1) warnings.push(`${choices.length - 1} other numerical answer(s) were dropped; only the 100% one is kept`);
  if (choices.some((c) => c.feedback)) warnings.push('answer feedback has no native field in a numeric question and was dropped');
  return { draft: { ...base, type: 'numeric', answer }, warnings };
}

/**
 * Pairs with an empty left side (`= -> x`) are Moodle's distractors: extra choices with no
 * prompt. Choices with the same text are one choice, which may match several prompts.
 */
function mapMatching(node: Matching, base: Base): Mapped {
  const choices: Array<{ id: string; text: string }> = [];
  const prompts: Array<{ id: string; text: string; match: string }> = [];
  for (const pair of node.matchPairs) {
    // gift-pegjs gives the right side as a bare string; it is written in the stem's format.
    const text = giftTextToMarkdown({ format: node.stem.format, text: decodeGiftPlaceholders(pair.subanswer) });
    let choice = choices.find((c) => c.text === text);
    if (!choice) choices.push((choice = { id: letterId(choices.length), text }));
    if (pair.subquestion.text !== '') prompts.push({ id: `p${prompts.length + 1}`, text: giftTextToMarkdown(pair.subquestion), match: choice.id });
  }
  return { draft: { ...base, type: 'matching', prompts, choices }, warnings: [] };
}
