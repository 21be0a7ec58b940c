-- CreateEnum
CREATE TYPE "ExamMode" AS ENUM ('cisco', 'comptia');

-- AlterTable
ALTER TABLE "Course" ADD COLUMN     "examMode" "ExamMode" NOT NULL DEFAULT 'comptia';

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "openFrom" INTEGER NOT NULL DEFAULT 0;
