/**
 * Time spent per question. The browser counts the time each question is on screen, adding every
 * visit (an exam question is often seen twice), and sends the running total with each answer; the
 * server keeps the latest total on the attempt item (`durationMs`, capped). A reload starts from
 * the stored totals, so time before it is not lost.
 */

/** Longest time one question counts for: a tab left open overnight is not an hour of thinking. */
export const maxQuestionMs = 60 * 60_000;

export type VisitClock = { spent: number[]; current: number; shownAt: number };

/** The clock at the start of a sitting: the stored totals, the first question shown at `now`. */
export function startClock(stored: Array<number | null>, current: number, now: number): VisitClock {
  return { spent: stored.map((ms) => ms ?? 0), current, shownAt: now };
}

/** Leaves the current question for `next` at `now`: the visit's time is added to the question left. */
export function moveTo(clock: VisitClock, next: number, now: number): VisitClock {
  const spent = clock.spent.slice();
  spent[clock.current] = capped(spent[clock.current] + Math.max(0, now - clock.shownAt));
  return { spent, current: next, shownAt: now };
}

/** The total for `position` at `now`, counting the visit in progress when it is the question shown. */
export function totalFor(clock: VisitClock, position: number, now: number): number {
  const running = position === clock.current ? Math.max(0, now - clock.shownAt) : 0;
  return capped((clock.spent[position] ?? 0) + running);
}

export function capped(ms: number): number {
  return Math.min(Math.max(0, Math.round(ms)), maxQuestionMs);
}

/** "42 s", "3 min 05 s"; null (never answered, so no time was saved) as "—". */
export function formatDuration(ms: number | null): string {
  if (ms === null) return '—';
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
}

/** Total and average over the questions that have a time, and the slowest one's position. */
export function timeSummary(times: Array<number | null>): { total: number; average: number | null; slowest: number | null } {
  const known = times.flatMap((ms, position) => (ms === null ? [] : [{ ms, position }]));
  if (known.length === 0) return { total: 0, average: null, slowest: null };
  const total = known.reduce((sum, t) => sum + t.ms, 0);
  const slowest = known.reduce((a, b) => (b.ms > a.ms ? b : a));
  return { total, average: Math.round(total / known.length), slowest: slowest.position };
}
