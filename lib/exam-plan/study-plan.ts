import { z } from 'zod';
import type { Db } from '../db/client';
import { addDays } from '../dashboard/day-keys';
import { AppError } from '../errors';
import { int, text } from '../http/input';
import { learnerDay } from '../srs/learner-day';
import { resolveSettings } from '../srs/settings';
import { bringDeckForward } from './bring-forward-deck';
import { examWindow } from './exam-window';

/** Bookings open about a year ahead; two years leaves room without inviting typos like 2062. */
const maxDaysAhead = 730;

export const examDateSchema = text.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date looks like 2027-03-15').refine((key) => {
  const date = new Date(`${key}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === key;
}, 'not a calendar date');

export const studyPlanSchema = z.object({
  courseId: text.min(1).max(100),
  /** Null clears the date. */
  examDate: examDateSchema.nullable(),
  minutesPerDay: int.min(5, 'at least 5 minutes').max(600, 'at most 600 minutes').nullable().optional(),
});
export type StudyPlanInput = z.infer<typeof studyPlanSchema>;

export type StudyPlanValue = { courseId: string; examDate: string | null; minutesPerDay: number | null };

/**
 * Sets, changes or clears a learner's exam date for a course (and, when given, the minutes a day
 * they mean to study). A new date must not be before the learner's today, in their time zone.
 */
export async function saveStudyPlan(db: Db, userId: string, input: StudyPlanInput, now: Date): Promise<StudyPlanValue> {
  if (!(await db.course.findUnique({ where: { id: input.courseId }, select: { id: true } }))) throw new AppError('NOT_FOUND', 'No such course.');
  const settings = await resolveSettings(db, userId, input.courseId);
  if (input.examDate !== null) {
    const today = learnerDay(now, settings.timeZone, settings.dayStartHour).key;
    if (input.examDate < today) throw invalidDate('The exam date is in the past.');
    if (input.examDate > addDays(today, maxDaysAhead)) throw invalidDate('The exam date is more than two years away.');
  }
  const examDate = input.examDate === null ? null : new Date(`${input.examDate}T00:00:00Z`);
  const minutes = input.minutesPerDay === undefined ? {} : { minutesPerDay: input.minutesPerDay };
  const row = await db.studyPlan.upsert({
    where: { userId_courseId: { userId, courseId: input.courseId } },
    create: { userId, courseId: input.courseId, examDate, ...minutes },
    update: { examDate, ...minutes },
  });
  if (input.examDate !== null) await bringDeckForward(db, { userId, courseId: input.courseId, exam: examWindow(input.examDate, settings), now });
  return toValue(row);
}

export async function studyPlanFor(db: Db, userId: string, courseId: string): Promise<StudyPlanValue | null> {
  const row = await db.studyPlan.findUnique({ where: { userId_courseId: { userId, courseId } } });
  return row && toValue(row);
}

function toValue(row: { courseId: string; examDate: Date | null; minutesPerDay: number | null }): StudyPlanValue {
  return { courseId: row.courseId, examDate: row.examDate?.toISOString().slice(0, 10) ?? null, minutesPerDay: row.minutesPerDay };
}

function invalidDate(message: string): AppError {
  return new AppError('INVALID_INPUT', message, { examDate: [message] });
}
