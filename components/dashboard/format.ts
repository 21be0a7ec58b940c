import { formatDayKey } from '@/lib/format/dates';

/** Display helpers shared by the dashboard's sections (fractions in, text out). */
export function percent(fraction: number | null, digits = 0): string {
  return fraction === null ? '—' : `${(fraction * 100).toFixed(digits)}%`;
}

export function passRate(passed: number, reviews: number): string {
  return reviews === 0 ? '—' : `${percent(passed / reviews, 1)} (${passed}/${reviews})`;
}

/** "Mar 5" (in the reader's locale) for a learner-day key (YYYY-MM-DD). */
export function shortDay(key: string, locale: string): string {
  return formatDayKey(key, 'day', locale);
}

/** "Thu, Mar 5, 2026" for a learner-day key. */
export function longDay(key: string, locale: string): string {
  return formatDayKey(key, 'weekday', locale);
}

/** "March 2026" for a day or month key. */
export function monthOf(key: string, locale: string): string {
  return formatDayKey(key.slice(0, 7), 'month', locale);
}

export function studyTime(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}

export const linkClass = 'font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800 dark:text-brand-100';
export const cardClass = 'rounded-xl border border-slate-200 p-4 sm:p-5 dark:border-slate-800';
export const tableClass =
  'w-full min-w-max text-left text-sm [&_td]:px-2 [&_td]:py-1.5 [&_th]:px-2 [&_th]:py-1.5 [&_thead]:border-b [&_thead]:border-slate-200 dark:[&_thead]:border-slate-700 [&_tbody_tr]:border-b [&_tbody_tr]:border-slate-100 dark:[&_tbody_tr]:border-slate-800';
