import type { ShortAnswer } from 'gift-pegjs';
import { giftAnswerText, giftFullCredit } from '../../formats/gift-text';
import { blockSeq, multiLine, quoted, tightSeq } from '../../yaml-nodes';
import { defineQuestionType, untokenized, type GiftBase, type GiftLoss, type GiftRead } from '../module';
import { gradeText, normalizeText } from './grade';
import { definition, response } from './schema';

/** Accepted answers are compared with what learners type, so they stay raw text (no Markdown escaping). */
function readGiftShort(node: ShortAnswer, base: GiftBase): GiftRead {
  const accept = node.choices.filter(giftFullCredit).map((c) => c.text.text);
  if (accept.length === 0) return { skip: 'no short answer has full credit' };
  const losses: GiftLoss[] = [];
  if (accept.length < node.choices.length) losses.push({ feature: 'partial-credit answers', reason: 'a typed answer is either accepted or wrong' });
  if (node.choices.some((c) => c.feedback)) losses.push({ feature: 'answer feedback', reason: 'a typed-answer question has no per-answer feedback' });
  return { draft: { ...base, type: 'text', accept }, losses };
}

export const text = defineQuestionType(
  definition,
  response,
)({
  label: 'Typed answer',
  grade: gradeText,
  correctResponse: (question) => ({ type: 'text', text: question.accept[0] }),
  itemAnalysis: { keys: (r) => [normalizeText(r.text)], answers: 'typed' },
  texts: () => ({}),
  presentation: untokenized,
  yaml: (question) => [['accept', question.accept.some(multiLine) ? blockSeq(question.accept) : tightSeq(question.accept.map(quoted))]],
  gift: {
    write: (question) => ({ open: '', lines: question.accept.map((accepted) => `=${giftAnswerText(accepted)}`) }),
    read: { node: 'Short', read: readGiftShort },
  },
  statement: (draft) => (draft.accept.length > 1 ? `Accepted answers: ${draft.accept.join('; ')}` : `The correct answer is: ${draft.accept[0]}`),
  blank: () => ({ accept: [''] }),
});
