import type { Db } from '../db/client';
import type { GeneratorName } from '../questions/generators';
import { drillCatalog } from './catalog';
import { scoreOf, type GeneratorScore } from './run-summary';

export type DrillSpeedRun = { runId: string; startedAt: string; byGenerator: GeneratorScore[] };
/** Oldest run first, for a chart over time; only runs with at least one answer. */
export type DrillSpeed = { runs: DrillSpeedRun[]; generators: Array<{ generator: GeneratorName; label: string }> };

const defaultRuns = 30;

/** The learner's accuracy and median seconds per problem, per generator, for each of their last runs started by `now`. */
export async function drillSpeed(db: Db, input: { userId: string; now: Date; runs?: number }): Promise<DrillSpeed> {
  const recent = await db.drillRun.findMany({
    where: { userId: input.userId, startedAt: { lte: input.now }, items: { some: { answeredAt: { not: null } } } },
    orderBy: { startedAt: 'desc' },
    take: input.runs ?? defaultRuns,
    select: { id: true, startedAt: true, items: { where: { answeredAt: { not: null } }, select: { generator: true, correct: true, seconds: true } } },
  });
  const runs = recent.reverse().map((run) => {
    const items = run.items.map((i) => ({ generator: i.generator as GeneratorName, correct: i.correct === true, seconds: i.seconds ?? 0 }));
    const names = [...new Set(items.map((i) => i.generator))].sort();
    return {
      runId: run.id,
      startedAt: run.startedAt.toISOString(),
      byGenerator: names.map((generator) => ({ generator, label: drillCatalog[generator].label, ...scoreOf(items.filter((i) => i.generator === generator)) })),
    };
  });
  const names = [...new Set(runs.flatMap((r) => r.byGenerator.map((g) => g.generator)))].sort();
  return { runs, generators: names.map((generator) => ({ generator, label: drillCatalog[generator].label })) };
}
