import type { Db } from '../db/client';
import { AppError } from '../errors';
import { closeRun, lockRun, runIsOver } from './lock-run';
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
    const run = await lockRun(tx, userId, input.runId);
    const item = await tx.drillItem.findUnique({ where: { runId_position: { runId: run.id, position: input.position } } });
    if (!item) throw new AppError('NOT_FOUND', 'No such problem in this drill.');
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
    await tx.drillItem.update({
      where: { runId_position: { runId: run.id, position: item.position } },
      data: { answeredAt: now, response: input.text, correct: result.correct, seconds },
    });
    run.answered += 1;
    if (runIsOver(run, now)) await closeRun(tx, run, now);
    return { status: 'graded' as const, shown, response: input.text, correct: result.correct, finished: run.finishedAt !== null };
  });
  // The finish is committed before the refusal is thrown.
  if (outcome.status === 'late') throw new AppError('CONFLICT', 'Time is up: this drill has ended, and answers after its end are not counted.');
  if (outcome.status === 'invalid') return outcome;
  const feedback = await problemFeedback(input.position, outcome.shown, outcome.response, outcome.correct);
  return { status: outcome.status, feedback, finished: outcome.finished };
}
