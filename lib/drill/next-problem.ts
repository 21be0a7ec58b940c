import type { Db } from '../db/client';
import { newSeed } from '../questions/types/generated/new-seed';
import { closeRun, lockRun, runIsOver } from './lock-run';
import { problemView, type ProblemView } from './problem-view';
import { choiceFor, drillVariant, generatorAt, runGeneratorsSchema } from './run-generators';

export type NextProblem = { status: 'problem'; problem: ProblemView } | { status: 'finished' };

/**
 * The problem to answer now. An unanswered one is shown again (a reload or a retried request gets
 * the same problem, not a fresh one that would hide the first); otherwise a new item is drawn with
 * a fresh seed kept on the server and shown from `now`. After the limit or the deadline the run
 * is finished instead.
 */
export async function nextProblem(db: Db, userId: string, runId: string, now: Date): Promise<NextProblem> {
  const shown = await db.$transaction(async (tx) => {
    const run = await lockRun(tx, userId, runId);
    if (runIsOver(run, now)) {
      await closeRun(tx, run, now);
      return null;
    }
    const generators = runGeneratorsSchema.parse(run.generators);
    const open = await tx.drillItem.findFirst({
      where: { runId, answeredAt: null },
      orderBy: { position: 'desc' },
      select: { position: true, seed: true, generator: true },
    });
    if (open) return { position: open.position, seed: open.seed, choice: choiceFor(generators, open.generator) };
    const position = await tx.drillItem.count({ where: { runId } });
    const choice = generatorAt(generators, position);
    const seed = newSeed();
    await tx.drillItem.create({ data: { runId, position, generator: choice.generator, seed, shownAt: now } });
    return { position, seed, choice };
  });
  if (!shown) return { status: 'finished' };
  return { status: 'problem', problem: await problemView(shown.position, shown.choice.generator, drillVariant(shown.choice, shown.seed)) };
}
