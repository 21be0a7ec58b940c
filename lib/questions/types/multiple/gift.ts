import type { MultipleQuestion } from './schema';
import { optionGift } from '../choice-options';

/** Moodle's grade list holds fractions such as 33.33333 %; five decimals match it. */
function percent(value: number): string {
  return String(Number(value.toFixed(5)));
}

/**
 * Options with credits are written with them. Otherwise each correct option weighs +100/n %,
 * each wrong one −100/n %, so Moodle's clamped total equals our practice partial credit
 * max(0, (right − wrong) / n).
 */
export function writeGiftMultiple(question: MultipleQuestion): { open: string; lines: string[] } {
  const correct = new Set(question.answer);
  const share = 100 / correct.size;
  const credited = question.options.some((o) => o.credit !== undefined);
  const weight = (id: string, credit: number | undefined) => (credited ? (credit ?? 0) : correct.has(id) ? share : -share);
  return { open: '', lines: question.options.map((o) => `~%${percent(weight(o.id, o.credit))}%${optionGift(o)}`) };
}

/** Whether Moodle weights are the ones `writeGiftMultiple` writes without credits: then no credit needs storing. */
export function isDefaultWeighting(weights: number[]): boolean {
  const positive = weights.filter((w) => w > 0);
  const share = 100 / positive.length;
  const near = (a: number, b: number) => Math.abs(a - b) < 0.001;
  return weights.every((w) => (w > 0 ? near(w, share) : near(w, -share)));
}
