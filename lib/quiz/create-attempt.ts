import type { Db } from '../db/client';
import type { Prisma } from '../db/generated/client';
import { newPresentation } from '../questions/present';
import type { Question } from '../questions/schema';

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

/** Creates the attempt and its items in one transaction, each item with its own shuffled presentation. */
export async function createAttempt(db: Db, attempt: NewAttempt): Promise<{ id: string }> {
  const versions = await db.questionVersion.findMany({ where: { id: { in: attempt.questions.map((q) => q.versionId) } }, select: { id: true, body: true } });
  const bodyOf = new Map(versions.map((v) => [v.id, v.body as Question]));
  return db.quizAttempt.create({
    data: {
      userId: attempt.userId,
      kind: attempt.kind,
      courseId: attempt.courseId ?? null,
      lessonId: attempt.lessonId ?? null,
      settings: attempt.settings as Prisma.InputJsonValue,
      deadline: attempt.deadline ?? null,
      items: {
        create: attempt.questions.map((question, position) => ({
          position,
          questionId: question.id,
          versionId: question.versionId,
          presentation: newPresentation(bodyOf.get(question.versionId)!) as unknown as Prisma.InputJsonValue,
        })),
      },
    },
    select: { id: true },
  });
}
