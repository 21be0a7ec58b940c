import { ownershipColumns, ownershipState, transition } from '../../content/ownership';
import type { Prisma } from '../../db/generated/client';
import { AppError } from '../../errors';
import { questionFileSuffix } from '../../questions/load-questions';
import { setCurrentVersion } from '../../questions/question-version';
import type { Question } from '../../questions/schema';

type Tx = Prisma.TransactionClient;

export type StoreOptions = {
  lessonId: string;
  /** The lesson's, when the question names none. */
  lessonObjectives: Record<string, string[]>;
  /** A new question must not take the id of another one. */
  isNew: boolean;
};

/**
 * Makes `question` the published, browser-owned state of its row (creating the row for a new
 * question), with the same versioning as content:sync. The row is locked first, so a double click
 * or two tabs publishing at once serialize and the second finds its version already current.
 */
export async function storeBrowserQuestion(tx: Tx, question: Question, options: StoreOptions) {
  const fields = { type: question.type, difficulty: question.difficulty, tags: question.tags, section: question.section ?? null };
  const lesson = await tx.lesson.findUniqueOrThrow({ where: { id: options.lessonId }, select: { sourcePath: true } });
  // A row no file holds yet: content:export writes it next to its lesson.
  const created = ownershipColumns(transition({ kind: 'absent' }, { kind: 'browser-edit', rowFileHash: null }).next);
  const inserted = await tx.question.createMany({
    data: [
      {
        id: question.id,
        lessonId: options.lessonId,
        sourcePath: lesson.sourcePath.replace(/\.md$/, questionFileSuffix),
        contentHash: '',
        ...created,
        ...fields,
      },
    ],
    skipDuplicates: true,
  });
  await tx.$queryRaw`SELECT 1 FROM "Question" WHERE id = ${question.id} FOR UPDATE`;
  const row = await tx.question.findUniqueOrThrow({
    where: { id: question.id },
    select: { lessonId: true, owner: true, contentHash: true, baseFileHash: true, currentVersionId: true },
  });
  if (row.lessonId !== options.lessonId)
    throw new AppError('CONFLICT', `Question "${question.id}" belongs to another lesson.`, { id: ['this id is used by a question of another lesson'] });
  const version = await setCurrentVersion(tx, question, question.objectives ?? options.lessonObjectives);
  if (options.isNew && inserted.count === 0 && row.currentVersionId !== version.id) {
    throw new AppError('CONFLICT', `A question with the id "${question.id}" already exists.`, { id: [`"${question.id}" is already used; choose another id`] });
  }
  await tx.question.update({
    where: { id: question.id },
    data: { ...fields, ...ownershipColumns(transition(ownershipState(row), { kind: 'browser-edit', rowFileHash: row.contentHash }).next) },
  });
  return { versionId: version.id, version: version.version, created: inserted.count === 1, changed: row.currentVersionId !== version.id };
}
