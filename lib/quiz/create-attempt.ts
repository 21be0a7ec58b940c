import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { newPresentation } from '../questions/present';
import { shownQuestion } from '../questions/shown-question';
import { newSeed } from '../questions/types/generated/new-seed';
import { storedQuestion } from '../questions/stored-question';

type NewAttempt = {
  userId: string;
  kind: 'LESSON' | 'PRACTICE' | 'EXAM';
  courseId?: string | null;
  lessonId?: string | null;
  settings: Record<string, unknown>;
  deadline?: Date | null;
  /** In the order they will be shown. */
  questions: Array<{ id: string; versionId: string }>;
};

/**
 * Creates the attempt and its items in one transaction, each item with its own shuffled
 * presentation; a generated entry gets its variant's seed here, kept on the item.
 */
export async function createAttempt(db: Db, attempt: NewAttempt): Promise<{ id: string }> {
  const versions = await db.questionVersion.findMany({ where: { id: { in: attempt.questions.map((q) => q.versionId) } }, select: { id: true, body: true } });
  const bodyOf = new Map(versions.map((v) => [v.id, storedQuestion(v.body)]));
  return db.quizAttempt.create({
    data: {
      userId: attempt.userId,
      kind: attempt.kind,
      courseId: attempt.courseId ?? null,
      lessonId: attempt.lessonId ?? null,
      settings: attempt.settings as Prisma.InputJsonValue,
      deadline: attempt.deadline ?? null,
      items: {
        create: attempt.questions.map((question, position) => {
          const entry = bodyOf.get(question.versionId)!;
          const seed = entry.type === 'generated' ? newSeed() : null;
          return {
            position,
            questionId: question.id,
            versionId: question.versionId,
            seed,
            presentation: newPresentation(shownQuestion(entry, seed)) as unknown as Prisma.InputJsonValue,
          };
        }),
      },
    },
    select: { id: true },
  });
}
