/**
 * The one way dates are shown. Every page formats instants and learner-day keys through here, in
 * the reader's locale (their browser's Accept-Language) and, for instants, their time zone (the
 * review settings' zone, UTC when signed out), so no page writes "2026-03-01" while another
 * writes "Mar 1".
 */
export type DateSettings = { locale: string; timeZone: string };

export const fallbackDateSettings: DateSettings = { locale: 'en-US', timeZone: 'UTC' };

const styles = {
  /** "Mar 1, 2026" */
  date: { dateStyle: 'medium' },
  /** "Mar 1, 2026, 4:05 PM" */
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
  /** With seconds, for audit trails. */
  timestamp: { dateStyle: 'medium', timeStyle: 'medium' },
  /** "4:05:09 PM", when the day goes without saying. */
  time: { timeStyle: 'medium' },
  /** "Mar 1", for chart axes and short lists. */
  day: { month: 'short', day: 'numeric' },
  /** "Sun, Mar 1, 2026" */
  weekday: { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric' },
  /** "March 2026" */
  month: { month: 'long', year: 'numeric' },
  /** "Mar", for calendar columns. */
  monthShort: { month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof styles;

// Building a formatter costs far more than using one; there are few locales and zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: DateStyle, { locale, timeZone }: DateSettings): Intl.DateTimeFormat {
  const key = `${style}|${locale}|${timeZone}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...styles[style], timeZone });
    formatters.set(key, made);
  }
  return made;
}

/** An instant (a Date or an ISO string) in the reader's locale and time zone. */
export function formatDate(value: Date | string, style: DateStyle, settings: DateSettings): string {
  return formatter(style, settings).format(typeof value === 'string' ? new Date(value) : value);
}

/** A learner-day key (YYYY-MM-DD) or month key (YYYY-MM): a calendar date, shown as is in any zone. */
export function formatDayKey(key: string, style: Extract<DateStyle, 'date' | 'day' | 'weekday' | 'month' | 'monthShort'>, locale: string): string {
  const day = key.length === 7 ? `${key}-01` : key;
  return formatter(style, { locale, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}

/** The reader's preferred locale from an Accept-Language header, if this runtime supports it. */
export function localeFromAcceptLanguage(header: string | null | undefined): string {
  const tags = (header ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.trim(), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((entry) => entry.tag && entry.tag !== '*' && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // Not a well-formed language tag: try the next one.
    }
  }
  return fallbackDateSettings.locale;
}

/** In the browser, for times that only exist there (when a draft was just saved): the device's own locale and zone. */
export function deviceDateSettings(): DateSettings {
  if (typeof navigator === 'undefined') return fallbackDateSettings;
  return { locale: localeFromAcceptLanguage(navigator.language), timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone };
}
