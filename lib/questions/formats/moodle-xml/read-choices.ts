import { letterId } from '../slug';
import { fraction, flag, idsOr, near, percent, type TypeReader } from './read-context';
import { attribute, list, textOf } from './read-xml';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * multichoice: `<single>true</single>` → single (the 100% answer); otherwise → multiple, every
 * answer with a positive fraction correct. Our grading is +1/n per right pick and −1/n per wrong
 * one (all-or-nothing in exams), so other fractions are reported as a loss, as are partial
 * credit on a single answer and a multiple-response question with one right option (imported as
 * single). `<shuffleanswers>false</shuffleanswers>` pins every option in place.
 */
export const readMultichoice: TypeReader = (node, base, context) => {
  const answers = list(node, 'answer').map((answer) => ({
    text: context.text(answer),
    fraction: fraction(attribute(answer, 'fraction')),
    feedback: context.text(list(answer, 'feedback')[0]),
  }));
  const ids = idsOr(context.extension?.options, answers.length, letterId);
  const shuffled = flag(textOf(node, 'shuffleanswers'), true);
  const pinned = new Set(context.extension ? (context.extension.pinned ?? []) : shuffled ? [] : ids);
  const options = answers.map((a, i) => ({ id: ids[i], text: a.text, pinned: pinned.has(ids[i]), ...(a.feedback ? { feedback: a.feedback } : {}) }));
  const right = answers.flatMap((a, i) => (a.fraction > 0 ? [i] : []));
  if (right.length === 0) return { error: 'no answer has a positive fraction, so none is correct' };

  if (flag(textOf(node, 'single'), true) || right.length === 1) {
    const full = answers.flatMap((a, i) => (near(a.fraction, 100) ? [i] : []));
    if (full.length === 0) return { error: 'a single-answer question needs an answer worth 100%' };
    if (!flag(textOf(node, 'single'), true))
      context.loss('multiple response', 'only one option is correct, so it was imported as a single-answer question (Moodle shows check boxes)');
    for (const i of full.slice(1))
      context.loss('answer fraction', `"${short(answers[i].text)}" is also worth 100% in Moodle; only the first full-credit option is correct here`);
    for (const a of answers) {
      if (!near(a.fraction, 100) && a.fraction !== 0)
        context.loss('answer fraction', `"${short(a.text)}" is worth ${percent(a.fraction)} in Moodle; here it counts as wrong (no credit, no penalty)`);
    }
    return { draft: { ...base, type: 'single', options, answer: ids[full[0]] } };
  }
  const share = 100 / right.length;
  const ours = answers.every((a) => (a.fraction > 0 ? near(a.fraction, share) : near(a.fraction, -share)));
  if (!ours) {
    context.loss(
      'answer fractions',
      `Moodle's fractions (${answers.map((a) => percent(a.fraction)).join(', ')}) became Netprep's rule: +1/${right.length} per right pick, −1/${right.length} per wrong pick in practice, all or nothing in exams`,
    );
  }
  const answer = right.map((i) => ids[i]);
  const written = context.extension?.answer;
  const sameSet = written && written.length === answer.length && written.every((id) => answer.includes(id));
  return { draft: { ...base, type: 'multiple', options, answer: sameSet ? written : answer } };
};

/** truefalse: the answer worth 100% ("true" or "false"); feedback per answer has no place here. */
export const readTrueFalse: TypeReader = (node, base, context) => {
  const answers = list(node, 'answer').map((answer) => ({
    value: (textOf(answer, 'text') ?? '').trim().toLowerCase(),
    fraction: fraction(attribute(answer, 'fraction')),
    feedback: context.text(list(answer, 'feedback')[0]),
  }));
  const right = answers.find((a) => near(a.fraction, 100));
  if (!right || (right.value !== 'true' && right.value !== 'false')) return { error: 'no answer "true" or "false" is worth 100%' };
  for (const a of answers)
    if (a.feedback) context.loss('answer feedback', `the feedback on "${a.value}" was not imported: true/false questions have no per-answer feedback here`);
  return { draft: { ...base, type: 'truefalse', answer: right.value === 'true' } };
};

/**
 * shortanswer: the answers worth 100% are accepted. Our comparison ignores case (and spacing,
 * brackets, a final period), so `usecase` is a loss; `\*` is a literal asterisk, a bare `*`
 * Moodle's wildcard, which we cannot match.
 */
export const readShortAnswer: TypeReader = (node, base, context) => {
  const accept: string[] = [];
  for (const answer of list(node, 'answer')) {
    const text = (textOf(answer, 'text') ?? '').trim();
    const worth = fraction(attribute(answer, 'fraction'));
    if (context.text(list(answer, 'feedback')[0]))
      context.loss('answer feedback', `the feedback on "${short(text)}" was not imported: typed answers have no per-answer feedback here`);
    if (!near(worth, 100)) {
      if (worth !== 0) context.loss('answer fraction', `"${short(text)}" is worth ${percent(worth)} in Moodle; it is not accepted here`);
      continue;
    }
    if (/(^|[^\\])\*/.test(text)) context.loss('wildcard', `"${short(text)}" uses Moodle's * wildcard; here the * must be typed literally`);
    accept.push(text.replace(/\\\*/g, '*'));
  }
  if (accept.length === 0) return { error: 'no answer is worth 100%' };
  if (flag(textOf(node, 'usecase'), false)) context.loss('case sensitivity', 'Moodle compares these answers case-sensitively; Netprep ignores case');
  return { draft: { ...base, type: 'text', accept } };
};

/**
 * numerical: the first answer worth 100%, its tolerance as ± (Moodle's default, "nominal"); other
 * answers, feedback, and units other than the base unit (multiplier 1) are losses. The base unit
 * is shown next to the input.
 */
export const readNumerical: TypeReader = (node, base, context) => {
  const answers = list(node, 'answer').map((answer) => ({
    text: (textOf(answer, 'text') ?? '').trim(),
    fraction: fraction(attribute(answer, 'fraction')),
    tolerance: Number(textOf(answer, 'tolerance')?.trim() || 0),
    feedback: context.text(list(answer, 'feedback')[0]),
  }));
  const main = answers.find((a) => near(a.fraction, 100) && a.text !== '*' && a.text !== '' && Number.isFinite(Number(a.text)));
  if (!main) return { error: 'no numerical answer is worth 100%' };
  for (const a of answers) {
    if (a !== main)
      context.loss(
        'other answer',
        `"${a.text}" (${percent(a.fraction)}${a.tolerance ? ` ± ${a.tolerance}` : ''}) was not imported: a numeric question has one answer here`,
      );
    if (a.feedback) context.loss('answer feedback', `the feedback on "${a.text}" was not imported: numeric questions have no per-answer feedback here`);
  }
  const tolerance = Number.isFinite(main.tolerance) ? Math.abs(main.tolerance) : 0;
  const range = context.extension?.range;
  const answer = range ?? { value: Number(main.text), tolerance };
  const units = list(list(node, 'units')[0], 'unit').map((unit) => ({
    name: (textOf(unit, 'unit_name') ?? '').trim(),
    multiplier: Number(textOf(unit, 'multiplier') ?? 1),
  }));
  const unit = units.find((u) => u.multiplier === 1 && u.name);
  for (const u of units)
    if (u !== unit) context.loss('unit', `unit "${u.name}" (× ${u.multiplier}) was not imported: only the base unit is shown, and answers are numbers`);
  if (unit && fraction(textOf(node, 'unitgradingtype')) !== 0)
    context.loss('unit grading', 'Moodle grades the unit; here the unit is shown and only the number is graded');
  return { draft: { ...base, type: 'numeric', answer, ...(unit ? { unit: unit.name } : {}) } };
};
