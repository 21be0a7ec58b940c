/** Per-part outcome, for feedback that points at what was right and what was not. */
export type GradeDetail =
  | { type: 'multiple'; correctPicks: string[]; wrongPicks: string[]; missed: string[] }
  /** `positions[i]` is true when the learner put the i-th item (in correct order) at position i. */
  | { type: 'ordering'; positions: boolean[] }
  | { type: 'matching'; prompts: Record<string, boolean> }
  /** The number the learner's text was read as, so the UI can say "read as 1.5". */
  | { type: 'numeric'; value: number };

export type GradeResult = {
  correct: boolean;
  /** 0..1 exam/strict credit: 1 only when fully correct. */
  score: number;
  /** 0..1 partial credit for practice mode. */
  partial: number;
  /** Why a response could not be graded on its merits (wrong type, unreadable number). */
  reason?: string;
  detail?: GradeDetail;
};

export function allOrNothing(correct: boolean): GradeResult {
  return { correct, score: correct ? 1 : 0, partial: correct ? 1 : 0 };
}

export function ungradable(reason: string): GradeResult {
  return { correct: false, score: 0, partial: 0, reason };
}
