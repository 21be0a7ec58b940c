import { addDays, daysBetween } from '@/lib/dashboard/day-keys';
import type { HeatmapDay } from '@/lib/dashboard/study-history';

export type HeatmapCell = { day: string; reviews: number; level: 0 | 1 | 2 | 3 | 4; week: number; weekday: number };

/**
 * Lays the last 365 learner days out as weeks (columns, Monday first) of weekdays (rows); a
 * day's shade is its reviews against the busiest day, in four steps.
 */
export function heatmapGrid(
  start: string,
  today: string,
  days: HeatmapDay[],
): { cells: HeatmapCell[]; weeks: number; months: Array<{ week: number; key: string }> } {
  const reviews = new Map(days.map((d) => [d.day, d.reviews]));
  const busiest = Math.max(1, ...days.map((d) => d.reviews));
  const offset = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: HeatmapCell[] = [];
  const months: Array<{ week: number; key: string }> = [];
  for (let i = 0, day = start; i <= daysBetween(start, today); i++, day = addDays(day, 1)) {
    const count = reviews.get(day) ?? 0;
    const slot = i + offset;
    const week = Math.floor(slot / 7);
    cells.push({ day, reviews: count, level: count === 0 ? 0 : (Math.ceil((4 * count) / busiest) as HeatmapCell['level']), week, weekday: slot % 7 });
    if (day.endsWith('-01')) months.push({ week, key: day });
  }
  return { cells, weeks: (cells.at(-1)?.week ?? 0) + 1, months };
}
