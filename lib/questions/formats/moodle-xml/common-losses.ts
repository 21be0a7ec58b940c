import { fraction, percent, type ReadContext } from './read-context';
import { list, textOf, type XmlNode } from './read-xml';

const combinedFeedback = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'] as const;

/**
 * The parts every Moodle question type may have and no Netprep question holds, each reported once
 * per question: the penalty per wrong try and the hints (Moodle's interactive mode; here a
 * question is answered once per showing), a mark other than 1, combined feedback, hidden.
 */
export function commonLosses(node: XmlNode, loss: ReadContext['loss'], context: ReadContext): void {
  const penalty = fraction(textOf(node, 'penalty'));
  if (penalty > 0) loss('penalty', `a wrong try costs ${percent(penalty * 100)} in Moodle's interactive mode; here a question is answered once per showing`);
  const mark = textOf(node, 'defaultgrade');
  if (mark !== undefined && fraction(mark) !== 1) loss('default mark', `worth ${Number(mark)} marks in Moodle; every question weighs the same here`);
  const hints = list(node, 'hint').filter((hint) => context.text(hint));
  if (hints.length) loss('hints', `${hints.length} hint(s) for Moodle's interactive mode have no place here`);
  for (const name of combinedFeedback) {
    if (context.text(list(node, name)[0]))
      loss('combined feedback', `the ${name} was not imported: feedback is per option here, and the explanation is shown to all`);
  }
  if (textOf(node, 'hidden')?.trim() === '1') loss('hidden', 'hidden in Moodle; imported questions are visible once published');
}
