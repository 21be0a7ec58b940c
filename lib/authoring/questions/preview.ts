import { correctResponse } from '../../questions/grading';
import { newPresentation, presentQuestion, responseToTokens, type PresentedQuestion } from '../../questions/present';
import { renderQuestion } from '../../questions/render-question';
import type { Question, QuestionResponse } from '../../questions/schema';
import { shownQuestion } from '../../questions/shown-question';
import { generatedVariant } from '../../questions/types/generated/variant';
import { itemFeedback, type ItemFeedback } from '../../quiz/item-feedback';

/** The question as a learner sees it, and separately the answer a learner sees after answering. */
export type QuestionPreview = {
  presented: PresentedQuestion;
  answer: { response: QuestionResponse; feedback: ItemFeedback };
  /** Every option's feedback (a learner sees only the one they picked). */
  optionFeedback: Array<{ optionHtml: string; feedbackHtml: string }>;
  /** A generated entry's sample variants (seeds 1 to 5) with their answers; empty for a fixed question. */
  variants: Array<{ seed: number; stemHtml: string; answer: string }>;
};

type Lesson = { id: string; title: string; sections: Array<{ id: string; text: string }> };

// Learners get a fresh shuffle each attempt; a fixed one keeps the preview from jumping on every keystroke.
const steady = () => 0.42;
// Likewise one variant of a generated entry, so the preview changes only when the entry does.
const previewSeed = 0;
const sampleSeeds = [1, 2, 3, 4, 5];

/** Renders through render-question.ts, so what the preview shows is sanitized exactly as for learners. */
export async function previewQuestion(entry: Question, lesson: Lesson): Promise<QuestionPreview> {
  const seed = entry.type === 'generated' ? previewSeed : null;
  const question = shownQuestion(entry, seed);
  const html = await renderQuestion(question);
  const presentation = newPresentation(question, steady);
  const response = correctResponse(question);
  return {
    presented: presentQuestion(question, html, presentation),
    answer: {
      response: responseToTokens(presentation, response),
      feedback: { ...itemFeedback(entry, html, { presentation, response, seed }, { ...lesson, toc: lesson.sections }), feedbackHtml: [] },
    },
    variants:
      entry.type === 'generated'
        ? await Promise.all(
            sampleSeeds.map(async (seed) => {
              const shown = generatedVariant(entry, seed);
              return { seed, stemHtml: (await renderQuestion(shown.question)).stem, answer: shown.answer };
            }),
          )
        : [],
    // Rendered in option order; only options with feedback have a "feedback:<id>" text.
    optionFeedback: Object.entries(html)
      .filter(([key, feedbackHtml]) => key.startsWith('feedback:') && feedbackHtml)
      .map(([key, feedbackHtml]) => ({ optionHtml: html[`option:${key.slice('feedback:'.length)}`], feedbackHtml })),
  };
}
