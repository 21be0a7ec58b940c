import { describe, expect, it } from 'vitest';
import { formatDate, formatDayKey, localeFromAcceptLanguage } from '../../lib/format/dates';

describe('one date format, in the reader’s locale', () => {
  const instant = new Date('2026-03-01T23:30:00Z');

  it('formats an instant in the reader’s locale and time zone', () => {
    expect(formatDate(instant, 'date', { locale: 'en-US', timeZone: 'UTC' })).toBe('Mar 1, 2026');
    expect(formatDate(instant, 'date', { locale: 'en-GB', timeZone: 'UTC' })).toBe('1 Mar 2026');
    // Half past eleven UTC is already the next morning in Auckland.
    expect(formatDate(instant, 'date', { locale: 'en-GB', timeZone: 'Pacific/Auckland' })).toBe('2 Mar 2026');
    expect(formatDate(instant.toISOString(), 'dateTime', { locale: 'de-DE', timeZone: 'UTC' })).toBe('01.03.2026, 23:30');
  });

  it('shows a learner-day key as that calendar day in any zone', () => {
    expect(formatDayKey('2026-03-01', 'day', 'en-US')).toBe('Mar 1');
    expect(formatDayKey('2026-03-01', 'weekday', 'en-GB')).toBe('Sun, 1 Mar 2026');
    expect(formatDayKey('2026-03', 'month', 'en-US')).toBe('March 2026');
  });

  it('takes the preferred supported locale from Accept-Language', () => {
    expect(localeFromAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5')).toBe('fr-CH');
    expect(localeFromAcceptLanguage('en;q=0.5, de-DE')).toBe('de-DE');
    expect(localeFromAcceptLanguage('')).toBe('en-US');
    expect(localeFromAcceptLanguage(null)).toBe('en-US');
    expect(localeFromAcceptLanguage('not a tag!!, en-GB;q=0.1')).toBe('en-GB');
  });
});
