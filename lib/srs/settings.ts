import { z } from 'zod';
import { int, text } from '../http/input';
import type { Db } from '../db/client';

const step = text.regex(/^\d+(\.\d+)?[mhd]$/, 'a step looks like "1m", "10m", "1h" or "1d"');
// Settings are parsed on every review; building a formatter to validate the zone each time showed up in profiles.
const knownZones = new Set<string>();
const timeZone = text.refine((zone) => {
  if (knownZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
}, 'unknown time zone (use an IANA name such as "Europe/Berlin")');

export const srsSettingsSchema = z.object({
  desiredRetention: z.number().min(0.7, 'at least 0.70').max(0.97, 'at most 0.97').default(0.9),
  newPerDay: int.min(0).max(9999).default(20),
  maxReviewsPerDay: int.min(0).max(99999).default(200),
  maximumInterval: int.min(1).max(36500).default(36500),
  learningSteps: z.array(step).max(10).default(['1m', '10m']),
  relearningSteps: z.array(step).max(10).default(['10m']),
  timeZone: timeZone.default('UTC'),
  /** The hour a new day starts, local time: reviews done at 1 am still count for "yesterday". */
  dayStartHour: int.min(0).max(23).default(4),
  /** Add a lesson's questions to the deck when the lesson is marked complete. */
  addOnLessonComplete: z.boolean().default(true),
});
export type SrsSettingsValue = z.infer<typeof srsSettingsSchema>;

export const globalScope = '*';

/** The learner's settings for a course: defaults, then their global choices, then the course's overrides. */
export async function resolveSettings(db: Pick<Db, 'srsSettings'>, userId: string, courseId?: string | null): Promise<SrsSettingsValue> {
  const rows = await db.srsSettings.findMany({ where: { userId, scope: { in: courseId ? [globalScope, courseId] : [globalScope] } } });
  const global = rows.find((r) => r.scope === globalScope)?.settings ?? {};
  const course = rows.find((r) => r.scope !== globalScope)?.settings ?? {};
  return srsSettingsSchema.parse({ ...(global as object), ...(course as object) });
}
