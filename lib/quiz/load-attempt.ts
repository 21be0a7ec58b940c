import type { Db } from '../db/client';
import { AppError } from '../errors';
import { storedPresentation } from '../questions/present';
import { openExamQuestionIds } from './open-exam';
import { storedAttemptSettings } from './settings';
import { renderQuestion, type QuestionHtml } from '../questions/render-question';
import { shownQuestion } from '../questions/shown-question';
import { storedQuestion, storedResponse } from '../questions/stored-question';

/**
 * An attempt of this user with everything needed to show or grade it; 404 for anyone else's.
 * `heldBack`: its questions that are in another exam still running, whose feedback must wait.
 */
export async function loadAttempt(db: Db, userId: string, attemptId: string, now: Date) {
  const attempt = await db.quizAttempt.findFirst({
    where: { id: attemptId, userId },
    include: {
      items: {
        orderBy: { position: 'asc' },
        include: {
          version: {
            select: {
              body: true,
              html: true,
              question: {
                select: {
                  lesson: { select: { id: true, title: true, toc: true } },
                  objectives: {
                    select: {
                      objective: {
                        select: {
                          courseId: true,
                          code: true,
                          title: true,
                          parent: { select: { code: true, title: true } },
                          domain: { select: { code: true, title: true } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  });
  if (!attempt) throw new AppError('NOT_FOUND', 'No such attempt.');
  return {
    ...attempt,
    heldBack: await openExamQuestionIds(db, userId, now, attempt.id),
    items: await Promise.all(
      attempt.items.map(async (item) => {
        const entry = storedQuestion(item.version.body);
        const question = shownQuestion(entry, item.seed);
        return {
          ...item,
          /** The bank entry; `question` is what was shown (for a generated entry, its variant of `seed`). */
          entry,
          question,
          // A variant's texts exist only once it is drawn, so they are rendered here (a few short texts).
          html: item.seed === null ? (item.version.html as QuestionHtml) : await renderQuestion(question),
          presentation: storedPresentation(item.presentation),
          response: item.response === null ? null : storedResponse(item.response),
          lesson: { ...item.version.question.lesson, toc: item.version.question.lesson.toc as Array<{ id: string; text: string }> },
          objectives: item.version.question.objectives.map((o) => o.objective),
        };
      }),
    ),
  };
}

export type LoadedAttempt = Awaited<ReturnType<typeof loadAttempt>>;
export type LoadedItem = LoadedAttempt['items'][number];

/** Feedback comes after each answer in lesson quizzes and "feedback after each" practice; never mid-exam. */
export function feedbackPerAnswer(attempt: { kind: 'LESSON' | 'PRACTICE' | 'EXAM'; settings: unknown }): boolean {
  if (attempt.kind === 'EXAM') return false;
  return storedAttemptSettings(attempt.kind, attempt.settings).feedback === 'each';
}
