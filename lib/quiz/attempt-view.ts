import { presentQuestion, responseToTokens, type PresentedQuestion } from '../questions/present';
import type { QuestionResponse } from '../questions/schema';
import { examModeOf } from './cisco-exam';
import type { ExamMode } from './exam-modes';
import { itemFeedback, type ItemFeedback } from './item-feedback';
import { feedbackPerAnswer, type LoadedAttempt } from './load-attempt';

export type ItemView = {
  position: number;
  question: PresentedQuestion;
  /** The learner's answer in the browser's tokens. */
  response: QuestionResponse | null;
  answered: boolean;
  flagged: boolean;
  /** Time the question was on screen, as saved with the latest answer; null until answered. */
  timeMs: number | null;
  /** Only once this item may be revealed: answered with per-answer feedback, or the attempt submitted. */
  feedback: ItemFeedback | null;
  /** In an exam simulation still running: no feedback, and no answer taken, until it is submitted. */
  heldBack: boolean;
};

export type AttemptView = {
  id: string;
  kind: LoadedAttempt['kind'];
  status: LoadedAttempt['status'];
  courseId: string | null;
  lessonId: string | null;
  feedbackPerAnswer: boolean;
  /** Exams only: how the simulation runs (exam-modes.ts). */
  mode: ExamMode | null;
  /** Cisco-style exams: the question the learner is on; every earlier one is closed. */
  openFrom: number;
  deadline: string | null;
  serverNow: string;
  items: ItemView[];
};

/**
 * The attempt as the browser may see it. This is the one place that decides what leaves the
 * server: correct answers and explanations only for items that may be revealed.
 */
export function attemptView(attempt: LoadedAttempt, now: Date): AttemptView {
  const perAnswer = feedbackPerAnswer(attempt);
  const submitted = attempt.status === 'SUBMITTED';
  return {
    id: attempt.id,
    kind: attempt.kind,
    status: attempt.status,
    courseId: attempt.courseId,
    lessonId: attempt.lessonId,
    feedbackPerAnswer: perAnswer,
    mode: examModeOf(attempt),
    openFrom: attempt.openFrom,
    deadline: attempt.deadline?.toISOString() ?? null,
    serverNow: now.toISOString(),
    items: attempt.items.map((item) => {
      const answered = item.answeredAt !== null;
      const heldBack = attempt.heldBack.has(item.questionId);
      const reveal = !heldBack && (submitted || (perAnswer && answered));
      return {
        position: item.position,
        question: presentQuestion(item.question, item.html, item.presentation),
        response: item.response ? responseToTokens(item.presentation, item.response) : null,
        answered,
        flagged: item.flagged,
        timeMs: item.durationMs,
        feedback: reveal ? itemFeedback(item.entry, item.html, item, item.lesson) : null,
        heldBack,
      };
    }),
  };
}
