/** From this many seconds left the countdown shows its warning style (when "5 minutes left" is announced). */
export const warningSeconds = 5 * 60;

/** "mm:ss", or "h:mm:ss" from one hour up; negative time shows as zero. */
export function formatClock(totalSeconds: number): string {
  const s = Math.max(0, Math.floor(totalSeconds));
  const hours = Math.floor(s / 3600);
  const minutes = Math.floor((s % 3600) / 60);
  const seconds = String(s % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${String(minutes).padStart(2, '0')}:${seconds}`;
}

const thresholds = [
  { seconds: 60, message: '1 minute left' },
  { seconds: 5 * 60, message: '5 minutes left' },
] as const;

/**
 * The announcement due at `seconds` remaining: the tightest threshold reached. The countdown speaks
 * only when this changes, so each threshold is announced once and a page loaded at 3 minutes
 * left does not claim "5 minutes left".
 */
export function thresholdMessage(seconds: number): string | null {
  return thresholds.find((t) => seconds <= t.seconds)?.message ?? null;
}
