import { daysBetween } from '../dashboard/day-keys';
import { learnerDayOf, type LearnerDay } from '../srs/learner-day';

/**
 * The exam date is a calendar day in the learner's time zone, and their day-start hour bounds it
 * as it bounds every study day: the exam "starts" when that learner day does. Recall on the date is
 * predicted at that instant; the eve is the learner day before it.
 */
export type ExamWindow = { examDate: string; examDay: LearnerDay; eve: LearnerDay };

/** Study days before the final stretch ends the introduction of new cards, and in which the queue puts the most valuable cards first. */
export const finalDays = 7;

export type ExamPhase = 'introduce' | 'final' | 'exam-day' | 'after';

export function examWindow(examDate: string, clock: { timeZone: string; dayStartHour: number }): ExamWindow {
  const examDay = learnerDayOf(examDate, clock.timeZone, clock.dayStartHour);
  const eveKey = new Date(Date.parse(`${examDate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return { examDate, examDay, eve: learnerDayOf(eveKey, clock.timeZone, clock.dayStartHour) };
}

/** Study days left before the exam day, today included (0 on the exam day, negative after it). */
export function daysLeft(todayKey: string, examDate: string): number {
  return daysBetween(todayKey, examDate);
}

export function examPhase(days: number): ExamPhase {
  if (days < 0) return 'after';
  if (days === 0) return 'exam-day';
  return days <= finalDays ? 'final' : 'introduce';
}

/**
 * Where a card scheduled at `now` falls due, with an exam coming: an interval that would end on or
 * after the exam day is cut to the start of the eve, so the card is seen once more shortly before
 * the exam. Reviews on the eve or later keep FSRS's interval (the card was just seen), and so does
 * everything once the exam day has come: normal scheduling resumes.
 */
export function dueBeforeExam(due: Date, now: Date, exam: ExamWindow | null): Date {
  if (!exam || now >= exam.eve.start || due < exam.examDay.start) return due;
  return exam.eve.start;
}
