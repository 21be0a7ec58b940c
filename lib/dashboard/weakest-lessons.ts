import type { Db } from '../db/client';
import { objectiveEstimate } from './readiness';
import { learnerDecaySql, recalledCorrectSql, retrievabilitySql } from './retrievability-sql';

export type LessonStanding = {
  lessonId: string;
  title: string;
  answers: number;
  correctAnswers: number;
  meanRetrievability: number | null;
  recalledCorrect: number;
  estimate: number;
};

/** The course's lessons the learner knows least (by the readiness estimate of their questions), weakest first; only lessons answered at least once. */
export async function weakestLessons(db: Db, input: { userId: string; courseId: string; now: Date; limit: number }): Promise<LessonStanding[]> {
  const rows = await db.$queryRaw<Array<Omit<LessonStanding, 'estimate'>>>`
    WITH f AS (${learnerDecaySql([input.userId], input.courseId)})
    SELECT l.id AS "lessonId", l.title, sum(c.answers)::int AS answers, sum(c."correctAnswers")::int AS "correctAnswers",
      avg(${retrievabilitySql(input.now)}) FILTER (WHERE NOT c.suspended)::float8 AS "meanRetrievability",
      ${recalledCorrectSql(input.now)} AS "recalledCorrect"
    FROM "Card" c
    JOIN f ON f."userId" = c."userId"
    JOIN "Question" q ON q.id = c."questionId"
    JOIN "Lesson" l ON l.id = q."lessonId" AND l."archivedAt" IS NULL AND NOT l.draft
    WHERE c."userId" = ${input.userId}
      AND EXISTS (SELECT 1 FROM "ChapterCourse" cc WHERE cc."chapterId" = l."chapterId" AND cc."courseId" = ${input.courseId})
    GROUP BY l.id, l.title
    HAVING sum(c.answers) > 0`;
  return rows
    .map((row) => ({ ...row, estimate: objectiveEstimate(row)!.estimate }))
    .sort((a, b) => a.estimate - b.estimate || a.lessonId.localeCompare(b.lessonId))
    .slice(0, input.limit);
}
