import type { GradeDetail } from '@/lib/questions/grading';
import type { PresentedQuestion } from '@/lib/questions/present';
import type { QuestionResponse, QuestionType, ResponseOf } from '@/lib/questions/schema';

/** What every per-type input receives from QuestionView. */
export type InputProps<T extends QuestionType> = {
  question: PresentedQuestion;
  value: ResponseOf<T> | null;
  /** null while the answer is incomplete (nothing chosen, empty field). */
  onChange: (response: ResponseOf<T> | null) => void;
  disabled: boolean;
  /** The correct response once graded; the input then marks right and wrong parts. */
  correct: ResponseOf<T> | null;
  /** Once graded: whether the answer was right, and the grader's per-part detail. */
  right: boolean;
  detail?: GradeDetail;
  /** Enter in a typed answer calls this. */
  onSubmit?: () => void;
};

/** `response` if it is of `type`, else null: a stored answer of another type is treated as no answer. */
export function responseOf<T extends QuestionType>(response: QuestionResponse | null | undefined, type: T): ResponseOf<T> | null {
  return response?.type === type ? (response as ResponseOf<T>) : null;
}
