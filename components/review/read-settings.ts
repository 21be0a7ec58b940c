import { srsSettingsSchema, type SrsSettingsValue } from '@/lib/srs/settings';

export type SettingsErrors = Partial<Record<keyof SrsSettingsValue, string[]>>;

const numberKeys = ['desiredRetention', 'newPerDay', 'maxReviewsPerDay', 'maximumInterval', 'dayStartHour'] as const;
const stepKeys = ['learningSteps', 'relearningSteps'] as const;

/**
 * The settings a form holds, checked in the browser with the server's own schema. The server
 * flattens errors to the top-level key ("settings"), so per-field messages can only come from here.
 * Fields the form does not show keep their value from `base`.
 */
export function readSettings(form: FormData, prefix: string, base: SrsSettingsValue, personal: boolean) {
  const text = (key: keyof SrsSettingsValue) => String(form.get(`${prefix}-${key}`) ?? '').trim();
  const shown = (key: keyof SrsSettingsValue) => form.has(`${prefix}-${key}`);
  const candidate: Record<string, unknown> = { ...base };
  // An empty number field must be an error, not silently the schema's default.
  for (const key of numberKeys) if (shown(key)) candidate[key] = text(key) === '' ? Number.NaN : Number(text(key));
  for (const key of stepKeys)
    if (shown(key))
      candidate[key] = text(key)
        .split(/[\s,]+/)
        .filter(Boolean);
  if (shown('timeZone')) candidate.timeZone = text('timeZone');
  // An unticked checkbox is not in FormData at all.
  if (personal) candidate.addOnLessonComplete = form.get(`${prefix}-addOnLessonComplete`) === 'on';

  const parsed = srsSettingsSchema.safeParse(candidate);
  if (parsed.success) return { settings: parsed.data, errors: {} };
  const errors: SettingsErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] as keyof SrsSettingsValue;
    const message = issue.code === 'invalid_type' ? 'enter a number' : issue.message;
    errors[key] = [...new Set([...(errors[key] ?? []), message])];
  }
  return { settings: null, errors };
}
