import { correctResponse, type GradeDetail } from '../questions/grading';
import { responseToTokens, tokenOf, type Presentation } from '../questions/present';
import type { QuestionHtml } from '../questions/render-question';
import type { Question, QuestionResponse } from '../questions/schema';
import { gradeShown, shownQuestion } from '../questions/shown-question';
import { questionModule } from '../questions/types/registry';

/** What the browser may see about an item once it has been answered (or the exam submitted). */
export type ItemFeedback = {
  correct: boolean;
  partial: number;
  explanationHtml: string;
  correctResponse: QuestionResponse;
  detail?: GradeDetail;
  feedbackHtml?: string[];
  readMore?: { href: string; label: string };
};

/** `seed`: the variant shown, for a generated entry; `html` is then that variant's. */
type Item = { presentation: Presentation; response: QuestionResponse | null; seed?: number | null };
type Lesson = { id: string; title: string; toc: Array<{ id: string; text: string }> };

export function itemFeedback(entry: Question, html: QuestionHtml, item: Item, lesson: Lesson): ItemFeedback {
  const question = shownQuestion(entry, item.seed ?? null);
  const grade = item.response ? gradeShown(entry, item.seed ?? null, item.response) : { correct: false, partial: 0, detail: undefined };
  const token = (id: string) => tokenOf(item.presentation, id);
  const section = question.section ? lesson.toc.find((entry) => entry.id === question.section) : undefined;
  const picked = item.response ? (questionModule(item.response).presentation.picked?.(item.response) ?? []) : [];
  return {
    correct: grade.correct,
    partial: grade.partial,
    explanationHtml: html.explanation ?? '',
    correctResponse: responseToTokens(item.presentation, correctResponse(question)),
    detail: grade.detail && (questionModule(question).presentation.mapDetail?.(grade.detail, token) ?? grade.detail),
    feedbackHtml: picked.map((id) => html[`feedback:${id}`]).filter((text): text is string => Boolean(text)),
    readMore: {
      href: `/lessons/${lesson.id}${section ? `#${section.id}` : ''}`,
      label: section ? `${lesson.title} — ${section.text}` : lesson.title,
    },
  };
}
