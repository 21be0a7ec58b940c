import type { AddProblem } from '../module';
import type { MultipleQuestion } from './schema';

/** Moodle's fractions are written to five decimals (33.33333 × 3 is 99.99999). */
const slack = 0.0001;

/**
 * Option credits, when any option has one, must agree with the answer and add up as Moodle
 * requires: every correct option earns credit, no wrong option does, and the correct ones make
 * 100 % together.
 */
export function creditRules(question: Pick<MultipleQuestion, 'options' | 'answer'>, add: AddProblem): void {
  if (!question.options.some((o) => o.credit !== undefined)) return;
  const answer = new Set(question.answer);
  let total = 0;
  question.options.forEach((o, i) => {
    const credit = o.credit ?? 0;
    if (answer.has(o.id) && credit <= 0) add(['options', i, 'credit'], 'a correct option needs a positive credit');
    if (!answer.has(o.id) && credit > 0) add(['options', i, 'credit'], 'a wrong option cannot earn credit; make it correct or give it 0 or less');
    if (answer.has(o.id)) total += credit;
  });
  if (Math.abs(total - 100) > slack) add(['options'], `the credits of the correct options add up to ${Number(total.toFixed(5))} %, not 100 %`);
}
