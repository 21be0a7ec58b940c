/**
 * "Today" for a learner: from `dayStartHour` local time to the same hour the next local day, in
 * their IANA time zone. Daylight-saving days are 23 or 25 hours long; the start is always the
 * local wall-clock hour, found by correcting a UTC guess with the zone's offset at that instant.
 */
export type LearnerDay = { key: string; start: Date; end: Date };

export function learnerDay(now: Date, timeZone: string, dayStartHour: number): LearnerDay {
  const local = wallClock(now, timeZone);
  const date = new Date(Date.UTC(local.year, local.month - 1, local.day));
  if (local.hour < dayStartHour) date.setUTCDate(date.getUTCDate() - 1);
  const next = new Date(date);
  next.setUTCDate(next.getUTCDate() + 1);
  return {
    key: date.toISOString().slice(0, 10),
    start: instantOf(date, dayStartHour, timeZone),
    end: instantOf(next, dayStartHour, timeZone),
  };
}

/** The learner day with the given key (YYYY-MM-DD): from its day-start hour to the next one, local time. */
export function learnerDayOf(key: string, timeZone: string, dayStartHour: number): LearnerDay {
  const date = new Date(`${key}T00:00:00Z`);
  const next = new Date(date);
  next.setUTCDate(next.getUTCDate() + 1);
  return { key, start: instantOf(date, dayStartHour, timeZone), end: instantOf(next, dayStartHour, timeZone) };
}

type WallClock = { year: number; month: number; day: number; hour: number; minute: number };

// Building a formatter costs far more than using one; there are few zones, so keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: Date, timeZone: string): WallClock {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

/** Offset of the zone at an instant, in ms (local − UTC). */
function offsetAt(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute) - Math.floor(instant.getTime() / 60_000) * 60_000;
}

/** The instant when the local clock in `timeZone` shows `hour`:00 on `date` (a UTC-midnight date). */
function instantOf(date: Date, hour: number, timeZone: string): Date {
  const wall = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), hour);
  let guess = wall - offsetAt(new Date(wall), timeZone);
  // A second pass settles guesses that landed on the other side of a DST change.
  guess = wall - offsetAt(new Date(guess), timeZone);
  return new Date(guess);
}
