import type { Db } from '../db/client';
import { closeRun, lockRun } from './lock-run';

/** Ends the run now (Esc on the sprint screen); ending an ended run changes nothing. */
export async function finishDrill(db: Db, userId: string, runId: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => closeRun(tx, await lockRun(tx, userId, runId), now));
}
