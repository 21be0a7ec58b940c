import type { LearnerDay } from '../srs/learner-day';

/**
 * Every count the learner and instructor pages show, defined once. Pages label a number with its
 * `label` and explain it with `means`, so "Reviews today 44" and a session's "20 reviews" say
 * what they count and can be checked against each other.
 */
export const countDefinitions = {
  reviews: {
    label: 'Reviews',
    means:
      'Ratings applied to a card’s schedule: each card rated in a review session, and each quiz, practice or exam answer that counted as its card’s review (the first answer of the day to a due card). A card reviewed twice counts twice.',
  },
  sessionReviews: {
    label: 'Reviews this session',
    means: 'Cards rated in this review session (an undone rating is taken back out).',
  },
  cards: {
    label: 'Cards',
    means: 'Questions in your review deck, each counted once however often it was answered (suspended cards left out).',
  },
  answers: {
    label: 'Answers',
    means: 'Graded answers of any kind: reviews, lesson quizzes, practice and exams, including answers that left the schedule alone.',
  },
  due: {
    label: 'Due today',
    means: 'Cards whose next review falls in your current day (by your time zone and day-start hour), overdue ones included.',
  },
  overdue: {
    label: 'Overdue',
    means: 'Cards that were due before your current day began. Learning steps due later today, or a few minutes ago, are not overdue.',
  },
} as const;

export type CountName = keyof typeof countDefinitions;

/** The instant before which a due card is overdue: the start of the learner's current day. */
export function overdueBefore(today: LearnerDay): Date {
  return today.start;
}
