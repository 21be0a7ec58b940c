-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "checkedCorrect" BOOLEAN,
ADD COLUMN     "checkedReps" INTEGER;

-- Hand-written below: schema.prisma cannot express partial indexes, and Prisma's diff leaves
-- indexes it does not model alone (tests/integration/migrations.test.ts checks they agree).
-- One open attempt or optimizer run per key, so a burst of identical requests can only create one, and
-- the code turns the unique violation into "here is the one already open".

-- Twins from the race these indexes close: the ones nobody answered go, the answered one
-- (or the newest) stays open.
DELETE FROM "QuizAttempt" a
USING (
  SELECT id, row_number() OVER (
           PARTITION BY "userId", kind, CASE WHEN kind = 'EXAM' THEN "courseId" ELSE "lessonId" END
           ORDER BY EXISTS (SELECT 1 FROM "AttemptItem" i WHERE i."attemptId" = q.id AND i."answeredAt" IS NOT NULL) DESC, "startedAt" DESC, id DESC) AS rank
  FROM "QuizAttempt" q
  WHERE status = 'IN_PROGRESS' AND kind IN ('EXAM', 'LESSON')
) ranked
WHERE a.id = ranked.id AND ranked.rank > 1
  AND NOT EXISTS (SELECT 1 FROM "AttemptItem" i WHERE i."attemptId" = a.id AND i."answeredAt" IS NOT NULL);

UPDATE "OptimizerRun" r
SET status = 'failed', message = 'Replaced by the same request made at the same moment.', "finishedAt" = now()
FROM (
  SELECT id, row_number() OVER (PARTITION BY scope ORDER BY "createdAt", id) AS rank
  FROM "OptimizerRun" WHERE status IN ('queued', 'running')
) ranked
WHERE r.id = ranked.id AND ranked.rank > 1;

CREATE UNIQUE INDEX "QuizAttempt_one_open_exam_per_course" ON "QuizAttempt"("userId", "courseId") WHERE kind = 'EXAM' AND status = 'IN_PROGRESS';
CREATE UNIQUE INDEX "QuizAttempt_one_open_quiz_per_lesson" ON "QuizAttempt"("userId", "lessonId") WHERE kind = 'LESSON' AND status = 'IN_PROGRESS';
CREATE UNIQUE INDEX "OptimizerRun_one_pending_per_scope" ON "OptimizerRun"(scope) WHERE status IN ('queued', 'running');
