import { headers } from 'next/headers';
import { cache } from 'react';
import { currentViewer } from '../auth/viewer';
import { db } from '../db/client';
import { resolveSettings } from '../srs/settings';
import { fallbackDateSettings, localeFromAcceptLanguage, type DateSettings } from './dates';

/**
 * How this request's reader wants dates: their browser's locale, and the time zone of their
 * review settings (their learner day), UTC when signed out. Once per request.
 */
export const requestDates = cache(async (): Promise<DateSettings> => {
  const [request, viewer] = await Promise.all([headers(), currentViewer()]);
  const locale = localeFromAcceptLanguage(request.get('accept-language'));
  const timeZone = viewer ? (await resolveSettings(db(), viewer.id)).timeZone : fallbackDateSettings.timeZone;
  return { locale, timeZone };
});
