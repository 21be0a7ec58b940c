import type { GeneratorScore } from '@/lib/drill/run-summary';

export const formatSeconds = (seconds: number | null) => (seconds === null ? '—' : `${seconds < 10 ? seconds.toFixed(1) : Math.round(seconds)} s`);

/** A run's answered and right answers over all its generators. */
export function totalsOf(scores: GeneratorScore[]) {
  const answered = scores.reduce((n, s) => n + s.answered, 0);
  const correct = scores.reduce((n, s) => n + s.correct, 0);
  return { answered, correct, accuracy: answered ? correct / answered : null };
}
