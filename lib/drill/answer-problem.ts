import type { Db } from '../db/client';
import { AppError } from '../errors';
import { closeRun, lockRun, lockRunItem, recordAnswer, runIsOver, type LockedRun } from './lock-run';
import { problemFeedback, type ProblemFeedback } from './problem-view';
import { choiceFor, drillVariant } from './run-generators';

export type DrillAnswerInput = { runId: string; position: number; text: string };

/**
 * graded: recorded now. already-answered: the item had its answer (a double click, a retry after a
 * lost response); the first one stands and is returned again. invalid: not an answer at all ("not
 * an IPv4 address"), recorded nowhere, so the learner can correct it. `finished`: the run is over.
 */
export type DrillAnswerOutcome =
  { status: 'graded' | 'already-answered'; feedback: ProblemFeedback; finished: boolean } | { status: 'invalid'; message: string };

export async function answerProblem(db: Db, userId: string, input: DrillAnswerInput, now: Date): Promise<DrillAnswerOutcome> {
  const outcome = await db.$transaction(async (tx) => {
    const locked = await lockRunItem(tx, userId, input.runId, input.position);
    if (!locked) {
      await lockRun(tx, userId, input.runId); // says "no such drill" when it is the run that is missing
      throw new AppError('NOT_FOUND', 'No such problem in this drill.');
    }
    // Until this answer is stored, the count matters only through finishedAt: the answer that reaches the limit closes the run.
    const run: LockedRun = { ...locked.run, answered: 0 };
    const { item } = locked;
    const shown = drillVariant(choiceFor(run.generators, item.generator), item.seed);
    if (item.answeredAt)
      return { status: 'already-answered' as const, shown, response: item.response ?? '', correct: item.correct === true, finished: runIsOver(run, now) };
    if (runIsOver(run, now)) {
      await closeRun(tx, run, now);
      return { status: 'late' as const };
    }
    const result = shown.check(input.text);
    if ('invalid' in result) return { status: 'invalid' as const, message: result.invalid };
    const seconds = (now.getTime() - item.shownAt.getTime()) / 1000;
    run.answered = await recordAnswer(tx, run.id, { position: item.position, response: input.text, correct: result.correct, seconds, now });
    if (runIsOver(run, now)) await closeRun(tx, run, now);
    return { status: 'graded' as const, shown, response: input.text, correct: result.correct, finished: run.finishedAt !== null };
  });
  // The finish is committed before the refusal is thrown.
  if (outcome.status === 'late') throw new AppError('CONFLICT', 'Time is up: this drill has ended, and answers after its end are not counted.');
  if (outcome.status === 'invalid') return outcome;
  const feedback = await problemFeedback(input.position, outcome.shown, outcome.response, outcome.correct);
  return { status: outcome.status, feedback, finished: outcome.finished };
}
