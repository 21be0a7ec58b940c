import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { AppError } from '../errors';
import { generatorByName } from '../questions/generators';
import { parseParams } from '../questions/generators/generator';
import { drillLimits, type DrillPresetId } from './catalog';
import { runGeneratorsSchema } from './run-generators';

/** Generators as the request names them; checked here against the generators themselves. */
export type StartDrillInput = { generators: Array<{ generator: string; params?: unknown }>; preset: DrillPresetId | null };

/** A new sprint for the learner, from now: at most 20 problems, ending 5 minutes later by the server's clock. */
export async function startDrill(db: Db, userId: string, input: StartDrillInput, now: Date): Promise<{ runId: string }> {
  const parsed = runGeneratorsSchema.safeParse(input.generators);
  if (!parsed.success) throw new AppError('INVALID_INPUT', parsed.error.issues[0].message);
  const generators = parsed.data;
  // Params are checked now, so a run never holds a set its generators would refuse mid-sprint.
  for (const choice of generators) parseParams(generatorByName(choice.generator), choice.params);
  const run = await db.drillRun.create({
    data: {
      userId,
      generators: generators as Prisma.InputJsonValue,
      preset: input.preset,
      problemLimit: drillLimits.problems,
      startedAt: now,
      deadline: new Date(now.getTime() + drillLimits.seconds * 1000),
    },
    select: { id: true },
  });
  return { runId: run.id };
}
