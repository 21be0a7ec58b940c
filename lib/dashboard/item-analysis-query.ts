import type { Db } from '../db/client';

/**
 * Whose answers count: learners of the cohorts in scope. `instructorId` null means every cohort
 * (admins); `courseId` also limits attempts to that course's practice, exams and lesson quizzes.
 */
export type AnalysisScope = {
  instructorId: string | null;
  courseId: string | null;
  cohortId: string | null;
  questionIds: string[] | null;
  /** List the course's live questions nobody has answered yet, too. */
  includeUnanswered: boolean;
};

/** How often one answer was given: an option id, "true"/"false", or a typed answer. */
export type ResponseCount = { key: string; count: number; correct: boolean | null };

export type ItemRow = {
  questionId: string;
  lessonId: string;
  type: string;
  body: unknown;
  html: unknown;
  attempts: number;
  facility: number | null;
  meanTimeMs: number | null;
  examAttempts: number;
  discrimination: number | null;
  /** Most frequent first. */
  responses: ResponseCount[] | null;
};

/**
 * Facility, mean time, discrimination and the answers given, per question, in one statement over
 * the scope's graded items of submitted attempts. An exam item left unanswered keeps its 0 (it
 * counts in the exam's score, as in Moodle); unanswered practice and quiz items are left out.
 * The rest-of-test score is the exam attempt's total over all its items minus this item.
 */
export function itemRows(db: Db, scope: AnalysisScope): Promise<ItemRow[]> {
  return db.$queryRaw<ItemRow[]>`
    WITH learners AS (
      SELECT DISTINCT m."userId"
      FROM "CohortMember" m JOIN "Cohort" c ON c.id = m."cohortId"
      WHERE (${scope.instructorId}::text IS NULL OR c."instructorId" = ${scope.instructorId}::text)
        AND (${scope.courseId}::text IS NULL OR c."courseId" = ${scope.courseId}::text)
        AND (${scope.cohortId}::text IS NULL OR c.id = ${scope.cohortId}::text)
    ), items AS MATERIALIZED (
      SELECT i."attemptId", i."questionId", i.score, i."durationMs", i.correct, i.response, i."answerKeys", a.kind = 'EXAM' AS exam
      FROM learners l
      JOIN "QuizAttempt" a ON a."userId" = l."userId" AND a.status = 'SUBMITTED'
      JOIN "AttemptItem" i ON i."attemptId" = a.id AND i.score IS NOT NULL
      WHERE ${scope.courseId}::text IS NULL OR a."courseId" = ${scope.courseId}::text OR a."courseId" IS NULL
    ), questions AS (
      SELECT q.id, q."lessonId", q.type, q."archivedAt", q."currentVersionId"
      FROM "Question" q
      WHERE (${scope.questionIds}::text[] IS NULL OR q.id = ANY(${scope.questionIds}::text[]))
        AND (${scope.courseId}::text IS NULL OR EXISTS (
          SELECT 1 FROM "Lesson" ls JOIN "ChapterCourse" cc ON cc."chapterId" = ls."chapterId"
          WHERE ls.id = q."lessonId" AND cc."courseId" = ${scope.courseId}::text))
    ), exam_totals AS (
      SELECT "attemptId", sum(score) AS total FROM items WHERE exam GROUP BY "attemptId"
    ), per_question AS (
      SELECT i."questionId",
             count(*) FILTER (WHERE i.response IS NOT NULL OR i.exam)::int AS attempts,
             avg(i.score) FILTER (WHERE i.response IS NOT NULL OR i.exam)::float8 AS facility,
             avg(i."durationMs") FILTER (WHERE i.response IS NOT NULL)::float8 AS "meanTimeMs",
             count(*) FILTER (WHERE i.exam)::int AS "examAttempts",
             corr(i.score, t.total - i.score) FILTER (WHERE i.exam) AS discrimination
      FROM items i
      JOIN questions q ON q.id = i."questionId"
      LEFT JOIN exam_totals t ON t."attemptId" = i."attemptId"
      GROUP BY i."questionId"
    ), answers AS (
      SELECT i."questionId", k.key, i.correct
      FROM items i
      JOIN questions q ON q.id = i."questionId"
      -- Keys stored when grading, normalized by the type module as its grader compares answers.
      CROSS JOIN LATERAL unnest(i."answerKeys") AS k(key)
    ), responses AS (
      SELECT "questionId", jsonb_agg(jsonb_build_object('key', key, 'count', n, 'correct', correct) ORDER BY n DESC, key) AS responses
      FROM (SELECT "questionId", key, count(*)::int AS n, bool_and(correct) AS correct FROM answers GROUP BY "questionId", key) counted
      GROUP BY "questionId"
    )
    SELECT q.id AS "questionId", q."lessonId", q.type, v.body, v.html,
           coalesce(p.attempts, 0) AS attempts, p.facility, p."meanTimeMs",
           coalesce(p."examAttempts", 0) AS "examAttempts",
           CASE WHEN p."examAttempts" >= 2 THEN p.discrimination END AS discrimination,
           r.responses
    FROM questions q
    LEFT JOIN per_question p ON p."questionId" = q.id
    LEFT JOIN responses r ON r."questionId" = q.id
    LEFT JOIN "QuestionVersion" v ON v.id = q."currentVersionId"
    WHERE p."questionId" IS NOT NULL OR (${scope.includeUnanswered} AND q."archivedAt" IS NULL)
    ORDER BY q."lessonId", q.id`;
}
