export type ItemFlag = 'too-hard' | 'too-easy' | 'negative-discrimination';

/** Moodle's usual warning thresholds: almost nobody, or almost everybody, gets it right. */
export const facilityBounds = { low: 0.2, high: 0.95 } as const;

/**
 * Answers a statistic needs before it may flag a question. Moodle's guidance is that item
 * statistics mean little below a few dozen attempts: with 5 answers one lucky guess moves facility
 * by 0.2. 30 is the usual rule of thumb for a sample; below it the table says "n too small".
 * Facility counts every answer; discrimination only exam attempts, so each needs its own 30.
 */
export const minimumAnswersForFlags = 30;

export type FlagInput = { attempts: number; facility: number | null; examAttempts: number; discrimination: number | null };

/** Whether there are too few answers for any flag (the page shows "n too small" instead). */
export function sampleTooSmall(item: Pick<FlagInput, 'attempts'>): boolean {
  return item.attempts < minimumAnswersForFlags;
}

/** Flags only what can be computed from enough answers: facility from 30 answers, discrimination from 30 exam attempts. */
export function flagsFor(item: FlagInput): ItemFlag[] {
  const flags: ItemFlag[] = [];
  const { facility, discrimination } = item;
  if (!sampleTooSmall(item) && facility !== null) {
    if (facility < facilityBounds.low) flags.push('too-hard');
    if (facility > facilityBounds.high) flags.push('too-easy');
  }
  if (item.examAttempts >= minimumAnswersForFlags && discrimination !== null && discrimination < 0) flags.push('negative-discrimination');
  return flags;
}
