import { createEmptyCard } from 'ts-fsrs';
import { schedulerFor, ratings } from '../srs/scheduler';
import type { SrsSettingsValue } from '../srs/settings';
import { dueBeforeExam, type ExamWindow } from './exam-window';

/**
 * Showings a new card introduced at `introducedAt` gets before the exam, the first included, by
 * the learner's own FSRS scheduler (no fuzz) and the exam rule, if every answer is rated Good. A
 * lapse adds showings, so this is the least a plan must allow for.
 */
export function showingsBeforeExam(settings: SrsSettingsValue, weights: readonly number[] | undefined, introducedAt: Date, exam: ExamWindow): number {
  const scheduler = schedulerFor(settings, weights, { fuzz: false });
  let card = createEmptyCard(introducedAt);
  let at = introducedAt;
  let showings = 0;
  while (at < exam.examDay.start) {
    showings += 1;
    card = scheduler.next(card, at, ratings.good).card;
    at = dueBeforeExam(card.due, at, exam);
  }
  return showings;
}
