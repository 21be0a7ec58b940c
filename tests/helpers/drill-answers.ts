import type { Db } from '../../lib/db/client';
import { choiceFor, drillVariant } from '../../lib/drill/run-generators';

/** The expected answer of a drill item, read from its server-side seed as only the server can. */
export async function drillAnswerOf(db: Db, runId: string, position: number): Promise<string> {
  const item = await db.drillItem.findUniqueOrThrow({ where: { runId_position: { runId, position } }, include: { run: { select: { generators: true } } } });
  return drillVariant(choiceFor(item.run.generators, item.generator), item.seed).answer;
}

/**
 * A well-formed wrong answer for the two generators the tests drill with wrong answers: a host
 * count off by one, a prefix length off by one.
 */
export function wrongAnswer(answer: string): string {
  if (/^\d+$/.test(answer)) return String(Number(answer) + 1);
  const prefix = /^\/(\d+)$/.exec(answer);
  if (prefix) return `/${Number(prefix[1]) === 30 ? 29 : Number(prefix[1]) + 1}`;
  throw new Error(`no wrong answer for ${answer}`);
}
