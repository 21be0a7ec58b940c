/**
 * How an exam simulation runs, after the vendor's own test engine:
 * - cisco: one question at a time; an answer is final once confirmed, there is no going back, no
 *   flag and no review screen (Cisco's exam tutorial says so, for every Cisco exam).
 * - comptia: move freely, flag, review everything before submitting; performance-based items
 *   (ordering, matching) come first, as CompTIA serves its simulations at the start.
 * The server enforces the Cisco rules (answer-item.ts, confirm-item.ts), not only the page.
 */
export const examModes = ['cisco', 'comptia'] as const;
export type ExamMode = (typeof examModes)[number];

export const examModeLabels: Record<ExamMode, string> = { cisco: 'Cisco style', comptia: 'CompTIA style' };

export const examModeRules: Record<ExamMode, string> = {
  cisco: 'One question at a time: once you confirm an answer you cannot go back to it. No flags, no review screen.',
  comptia: 'Move between questions freely, flag them and review before you submit. Performance-based items (ordering, matching) come first.',
};

/** The question types an exam engine shows as performance-based items. */
const performanceBasedTypes = new Set(['ordering', 'matching']);

export function isPerformanceBased(type: string): boolean {
  return performanceBasedTypes.has(type);
}

/** The draw in CompTIA order: performance-based items first, each group keeping its shuffled order. */
export function performanceBasedFirst<Q extends { type: string }>(questions: Q[]): Q[] {
  return [...questions.filter((q) => isPerformanceBased(q.type)), ...questions.filter((q) => !isPerformanceBased(q.type))];
}
