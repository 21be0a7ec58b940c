import type { Db } from '../../lib/db/client';
import { correctResponse } from '../../lib/questions/grading';
import { responseToTokens } from '../../lib/questions/present';
import type { Question, QuestionResponse } from '../../lib/questions/schema';
import { shownQuestion } from '../../lib/questions/shown-question';
import { reviewPresentation, reviewSeed } from '../../lib/srs/review-presentation';

/** The answer a learner would give to a card, right or wrong, in the tokens it is shown with right now. */
export async function reviewAnswer(db: Db, cardId: string, right = true): Promise<{ reps: number; response: QuestionResponse }> {
  const card = await db.card.findUniqueOrThrow({ where: { id: cardId }, include: { question: { select: { currentVersion: { select: { body: true } } } } } });
  const entry = card.question.currentVersion!.body as Question;
  // A generated card is answered as the variant it is shown as right now.
  const question = shownQuestion(entry, reviewSeed(card.showSalt, entry));
  return { reps: card.reps, response: right ? responseToTokens(reviewPresentation(card.showSalt, entry), correctResponse(question)) : wrongResponse(question) };
}

function wrongResponse(question: Question): QuestionResponse {
  switch (question.type) {
    case 'text':
      return { type: 'text', text: 'not it at all' };
    case 'numeric':
      return { type: 'numeric', value: '-98765' };
    case 'truefalse':
      return { type: 'truefalse', value: !question.answer };
    case 'multiple':
      return { type: 'multiple', choices: [] };
    case 'matching':
      return { type: 'matching', pairs: {} };
    case 'ordering':
      return { type: 'ordering', order: [] };
    case 'single':
      return { type: 'single', choice: 'nope' };
    case 'generated':
      throw new Error('a card is shown as its variant, never as the generated entry');
  }
}
