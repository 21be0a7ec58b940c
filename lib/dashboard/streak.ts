import { addDays } from './day-keys';

export type Streak = { current: number; longest: number; studiedToday: boolean };

/**
 * Consecutive learner days with at least one review. Today not yet studied does not break the
 * streak: it still runs to yesterday until the day is over.
 */
export function studyStreak(studiedDays: ReadonlySet<string>, today: string): Streak {
  const studiedToday = studiedDays.has(today);
  let current = 0;
  for (let day = studiedToday ? today : addDays(today, -1); studiedDays.has(day); day = addDays(day, -1)) current += 1;
  let longest = 0;
  for (const day of studiedDays) {
    if (studiedDays.has(addDays(day, -1))) continue;
    let length = 1;
    while (studiedDays.has(addDays(day, length))) length += 1;
    longest = Math.max(longest, length);
  }
  return { current, longest, studiedToday };
}
