import { fsrs, generatorParameters, type Card as FsrsCard, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import type { SrsSettingsValue } from './settings';

/**
 * The learner's FSRS-6 scheduler (fuzz on, so cards learned together drift apart; off for
 * forecasts, which must be repeatable).
 */
export function schedulerFor(settings: SrsSettingsValue, weights?: readonly number[], options: { fuzz: boolean } = { fuzz: true }): FSRS {
  return fsrs(
    generatorParameters({
      request_retention: settings.desiredRetention,
      maximum_interval: settings.maximumInterval,
      enable_fuzz: options.fuzz,
      enable_short_term: true,
      learning_steps: settings.learningSteps as StepUnit[],
      relearning_steps: settings.relearningSteps as StepUnit[],
      ...(weights ? { w: [...weights] } : {}),
    }),
  );
}

/** The columns of a Card row that FSRS reads and writes. */
export type CardFields = {
  due: Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: Date | null;
};

export function toFsrs(card: CardFields): FsrsCard {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.lastReview ?? undefined,
  };
}

export function fromFsrs(card: FsrsCard): CardFields {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

export const ratings = { again: 1, hard: 2, good: 3, easy: 4 } as const satisfies Record<string, Grade>;

/** "10m", "3h", "4d", "2.1mo", "1.5y": how Anki labels its answer buttons. */
export function intervalLabel(from: Date, to: Date): string {
  const minutes = Math.max(1, Math.round((to.getTime() - from.getTime()) / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = minutes / 60;
  if (hours < 24) return `${Math.round(hours)}h`;
  const days = hours / 24;
  if (days < 30) return `${Math.round(days)}d`;
  if (days < 365) return `${(days / 30).toFixed(1).replace(/\.0$/, '')}mo`;
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')}y`;
}

/**
 * The highest rating a wrong answer may take: Again by default, or Hard when the learner judges
 * it a slip (as Anki leaves the rating to the learner). Good and Easy would claim a recall the
 * answer contradicts.
 */
export const wrongAnswerRatingCap: Grade = ratings.hard;

/** The rating a review applies: the learner's own, except that a wrong answer never goes above Hard (Again then). */
export function appliedRating(correct: boolean, chosen: Grade): Grade {
  return correct || chosen <= wrongAnswerRatingCap ? chosen : ratings.again;
}
