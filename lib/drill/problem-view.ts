import type { GeneratorName } from '../questions/generators';
import { renderQuestion, renderQuestionText } from '../questions/render-question';
import { drillCatalog } from './catalog';
import type { DrillVariant } from './run-generators';

/**
 * What the browser gets before an answer: the stem, and the lines the stem refers to (the
 * candidates of a "which of these", the packets or ports to answer in order), never which is
 * right, the seed, the answer or the worked solution.
 */
export type ProblemView = {
  position: number;
  generator: GeneratorName;
  label: string;
  stemHtml: string;
  /** "choices": candidates to pick from by typing; "in-order": one answer per line, comma-separated. */
  list: { kind: 'choices' | 'in-order'; itemsHtml: string[] } | null;
  answerHint: string;
};

/** After an answer: whether it was right, the answer in its usual notation and the worked solution. */
export type ProblemFeedback = { position: number; correct: boolean; response: string; answer: string; explanationHtml: string };

export async function problemView(position: number, generator: GeneratorName, shown: DrillVariant): Promise<ProblemView> {
  const { question } = shown.variant;
  const html = await renderQuestion(question);
  const list =
    question.type === 'single' || question.type === 'multiple'
      ? { kind: 'choices' as const, itemsHtml: question.options.map((o) => html[`option:${o.id}`] ?? '') }
      : question.type === 'matching'
        ? { kind: 'in-order' as const, itemsHtml: question.prompts.map((p) => html[`prompt:${p.id}`] ?? '') }
        : null;
  const { label, answerHint } = drillCatalog[generator];
  return { position, generator, label, stemHtml: html.stem ?? '', list, answerHint };
}

// Only the explanation is rendered: the page already shows the stem and list, and the answer path is what a sprint waits on.
export async function problemFeedback(position: number, shown: DrillVariant, response: string, correct: boolean): Promise<ProblemFeedback> {
  const explanationHtml = await renderQuestionText(shown.variant.question.explanation);
  return { position, correct, response, answer: shown.answer, explanationHtml };
}
