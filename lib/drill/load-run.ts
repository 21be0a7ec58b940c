import type { Db } from '../db/client';
import { AppError } from '../errors';
import type { GeneratorName } from '../questions/generators';
import { runIsOver } from './lock-run';
import { problemView, type ProblemView } from './problem-view';
import { drillReadMore, type ReadMore } from './read-more';
import { choiceFor, drillVariant, runGeneratorsSchema } from './run-generators';
import { drillSummary, type DrillSummary } from './run-summary';

export type DrillRunView = {
  id: string;
  problemLimit: number;
  answered: number;
  /** ISO instants by the server's clock: the countdown runs from their difference, not the device's clock. */
  deadline: string;
  serverNow: string;
  /** The shown, unanswered problem; null before the first "next" or between problems. */
  current: ProblemView | null;
  summary: DrillSummary | null;
  /** The lesson section to read after each generator's worked solution, where a lesson teaches it. */
  readMore: Partial<Record<GeneratorName, ReadMore>>;
};

/** The sprint screen as it stands at `now` (a reload resumes it); reads only, so opening the page changes nothing. */
export async function loadDrillRun(db: Db, userId: string, runId: string, now: Date): Promise<DrillRunView> {
  const run = await db.drillRun.findFirst({
    where: { id: runId, userId },
    select: {
      id: true,
      generators: true,
      problemLimit: true,
      deadline: true,
      finishedAt: true,
      items: { orderBy: { position: 'asc' }, select: { position: true, generator: true, seed: true, answeredAt: true } },
    },
  });
  if (!run) throw new AppError('NOT_FOUND', 'No such drill.');
  const answered = run.items.filter((i) => i.answeredAt).length;
  const readMore = await drillReadMore(
    db,
    runGeneratorsSchema.parse(run.generators).map((g) => g.generator),
  );
  const base = { id: run.id, problemLimit: run.problemLimit, answered, deadline: run.deadline.toISOString(), serverNow: now.toISOString(), readMore };
  if (runIsOver({ ...run, answered }, now)) return { ...base, current: null, summary: await drillSummary(db, userId, runId) };
  const open = run.items.find((i) => !i.answeredAt);
  const current = open
    ? await problemView(open.position, open.generator as GeneratorName, drillVariant(choiceFor(run.generators, open.generator), open.seed))
    : null;
  return { ...base, current, summary: null };
}
