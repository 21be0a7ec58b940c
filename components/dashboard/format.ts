/** Display helpers shared by the dashboard's sections (fractions in, text out). */
export function percent(fraction: number | null, digits = 0): string {
  return fraction === null ? '—' : `${(fraction * 100).toFixed(digits)}%`;
}

export function passRate(passed: number, reviews: number): string {
  return reviews === 0 ? '—' : `${percent(passed / reviews, 1)} (${passed}/${reviews})`;
}

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const longDayFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Day keys are calendar dates: formatted in UTC so no zone shifts them. */
export function shortDay(key: string): string {
  return dayFormat.format(new Date(`${key}T00:00:00Z`));
}

export function longDay(key: string): string {
  return longDayFormat.format(new Date(`${key}T00:00:00Z`));
}

export function monthOf(key: string): string {
  return monthFormat.format(new Date(`${key.slice(0, 7)}-01T00:00:00Z`));
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
