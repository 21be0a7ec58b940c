import { contentHash } from '../content/content-files';
import type { Prisma } from '../db/generated/client';
import { renderQuestion } from './render-question';
import type { Question } from './schema';

type Tx = Prisma.TransactionClient;

/** Changes whenever anything a learner sees or is graded on changes: a new version. */
export function questionHash(question: Question): string {
  return contentHash(JSON.stringify(question));
}

/** "ccna-200-301:1.12" ids of the Objective rows a question counts towards. */
export function objectiveIds(objectives: Record<string, string[]>): string[] {
  return Object.entries(objectives).flatMap(([courseId, codes]) => codes.map((code) => `${courseId}:${code}`));
}

/**
 * Makes `question` the current version of its (existing) Question row. The same text again
 * reuses its version rather than adding one, so a file sync after a browser publish, a restore
 * or a repeated publish never grows the history; past attempts keep the version they showed.
 */
export async function setCurrentVersion(tx: Tx, question: Question, objectives: Record<string, string[]>) {
  const hash = questionHash(question);
  const same = await tx.questionVersion.findUnique({ where: { questionId_hash: { questionId: question.id, hash } }, select: { id: true, version: true } });
  const version = same ?? (await addVersion(tx, question, hash));
  await tx.question.update({ where: { id: question.id }, data: { currentVersionId: version.id } });
  await tx.questionObjective.deleteMany({ where: { questionId: question.id } });
  const ids = objectiveIds(objectives);
  if (ids.length) await tx.questionObjective.createMany({ data: ids.map((objectiveId) => ({ questionId: question.id, objectiveId })) });
  return { ...version, created: !same };
}

async function addVersion(tx: Tx, question: Question, hash: string) {
  const html = await renderQuestion(question);
  const latest = await tx.questionVersion.findFirst({ where: { questionId: question.id }, orderBy: { version: 'desc' }, select: { version: true } });
  return tx.questionVersion.create({
    data: { questionId: question.id, version: (latest?.version ?? 0) + 1, hash, body: question, html },
    select: { id: true, version: true },
  });
}
