import type { Db } from '../db/client';

/**
 * Today's reviews of the course's cards split by where they came from: rated in review sessions,
 * or quiz, practice and exam answers that counted as a card's review. Together they are the
 * StudyDay count the dashboard shows as "Reviews today", which a session's finish screen alone
 * cannot explain.
 */
export async function reviewsTodayBySource(db: Db, input: { userId: string; courseId: string; today: string }): Promise<{ sessions: number; answers: number }> {
  const [row] = await db.$queryRaw<Array<{ sessions: number; answers: number }>>`
    SELECT count(*) FILTER (WHERE r.source = 'review')::int AS sessions, count(*) FILTER (WHERE r.source <> 'review')::int AS answers
    FROM "ReviewLog" r JOIN "Card" c ON c.id = r."cardId"
    WHERE r."userId" = ${input.userId} AND r.day = ${input.today}::date
      AND EXISTS (SELECT 1 FROM "QuestionObjective" qo JOIN "Objective" o ON o.id = qo."objectiveId"
                  WHERE qo."questionId" = c."questionId" AND o."courseId" = ${input.courseId})`;
  return row ?? { sessions: 0, answers: 0 };
}
