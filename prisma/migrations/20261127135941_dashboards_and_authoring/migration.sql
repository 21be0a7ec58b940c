-- CreateEnum
CREATE TYPE "ContentOwner" AS ENUM ('FILE', 'BROWSER');

-- AlterTable
ALTER TABLE "Card" ADD COLUMN     "answers" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "correctAnswers" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "baseFileHash" TEXT,
ADD COLUMN     "owner" "ContentOwner" NOT NULL DEFAULT 'FILE',
ADD COLUMN     "source" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Question" ADD COLUMN     "baseFileHash" TEXT,
ADD COLUMN     "owner" "ContentOwner" NOT NULL DEFAULT 'FILE';

-- AlterTable: existing reviews get their learner day from the learner's global settings
-- (time zone and day-start hour, by default UTC and 4), then the columns become required.
ALTER TABLE "ReviewLog" ADD COLUMN     "day" DATE,
ADD COLUMN     "firstOfDay" BOOLEAN;

UPDATE "ReviewLog" r SET "day" = ((r."reviewedAt" AT TIME ZONE 'UTC') AT TIME ZONE COALESCE(s.settings->>'timeZone', 'UTC')
    - make_interval(hours => COALESCE((s.settings->>'dayStartHour')::int, 4)))::date
FROM "User" u LEFT JOIN "SrsSettings" s ON s."userId" = u.id AND s.scope = '*'
WHERE u.id = r."userId";

UPDATE "ReviewLog" r SET "firstOfDay" = ranked.n = 1
FROM (SELECT id, row_number() OVER (PARTITION BY "cardId", "day" ORDER BY "reviewedAt", "appliedAt") AS n FROM "ReviewLog") ranked
WHERE ranked.id = r.id;

ALTER TABLE "ReviewLog" ALTER COLUMN "day" SET NOT NULL, ALTER COLUMN "firstOfDay" SET NOT NULL;

UPDATE "Card" c SET "answers" = t.n, "correctAnswers" = t.ok
FROM (SELECT "cardId", count(*)::int AS n, count(*) FILTER (WHERE rating > 1)::int AS ok FROM "ReviewLog" GROUP BY "cardId") t
WHERE t."cardId" = c.id;

-- CreateTable
CREATE TABLE "StudyDay" (
    "userId" TEXT NOT NULL,
    "courseId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "reviews" INTEGER NOT NULL DEFAULT 0,
    "passed" INTEGER NOT NULL DEFAULT 0,
    "durationMs" INTEGER NOT NULL DEFAULT 0,
    "youngReviews" INTEGER NOT NULL DEFAULT 0,
    "youngPassed" INTEGER NOT NULL DEFAULT 0,
    "matureReviews" INTEGER NOT NULL DEFAULT 0,
    "maturePassed" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "StudyDay_pkey" PRIMARY KEY ("userId","courseId","day")
);

-- CreateTable
CREATE TABLE "LessonDraft" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT,
    "source" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LessonDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LessonRevision" (
    "id" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LessonRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionDraft" (
    "id" TEXT NOT NULL,
    "questionId" TEXT,
    "lessonId" TEXT NOT NULL,
    "entry" JSONB NOT NULL,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "detail" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "StudyDay_courseId_day_idx" ON "StudyDay"("courseId", "day");

-- CreateIndex
CREATE UNIQUE INDEX "LessonDraft_lessonId_key" ON "LessonDraft"("lessonId");

-- CreateIndex
CREATE UNIQUE INDEX "LessonRevision_lessonId_number_key" ON "LessonRevision"("lessonId", "number");

-- CreateIndex
CREATE UNIQUE INDEX "QuestionDraft_questionId_key" ON "QuestionDraft"("questionId");

-- CreateIndex
CREATE INDEX "AuditEntry_entityType_entityId_createdAt_idx" ON "AuditEntry"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEntry_createdAt_idx" ON "AuditEntry"("createdAt");

-- AddForeignKey
ALTER TABLE "StudyDay" ADD CONSTRAINT "StudyDay_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonDraft" ADD CONSTRAINT "LessonDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonRevision" ADD CONSTRAINT "LessonRevision_lessonId_fkey" FOREIGN KEY ("lessonId") REFERENCES "Lesson"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LessonRevision" ADD CONSTRAINT "LessonRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionDraft" ADD CONSTRAINT "QuestionDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill the daily statistics from the reviews already logged (study time capped at 5 minutes a
-- review, as lib/srs/study-days.ts counts it).
INSERT INTO "StudyDay" ("userId", "courseId", "day", "reviews", "passed", "durationMs", "youngReviews", "youngPassed", "matureReviews", "maturePassed")
SELECT r."userId", o."courseId", r."day",
       count(*)::int,
       count(*) FILTER (WHERE r.rating > 1)::int,
       COALESCE(sum(LEAST(r."durationMs", 300000)), 0)::int,
       count(*) FILTER (WHERE r."firstOfDay" AND r.state = 2 AND r."scheduledDays" < 21)::int,
       count(*) FILTER (WHERE r."firstOfDay" AND r.state = 2 AND r."scheduledDays" < 21 AND r.rating > 1)::int,
       count(*) FILTER (WHERE r."firstOfDay" AND r.state = 2 AND r."scheduledDays" >= 21)::int,
       count(*) FILTER (WHERE r."firstOfDay" AND r.state = 2 AND r."scheduledDays" >= 21 AND r.rating > 1)::int
FROM "ReviewLog" r
JOIN "Card" c ON c.id = r."cardId"
JOIN (SELECT DISTINCT qo."questionId", ob."courseId" FROM "QuestionObjective" qo JOIN "Objective" ob ON ob.id = qo."objectiveId") o ON o."questionId" = c."questionId"
GROUP BY r."userId", o."courseId", r."day";
