-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "linkCheck" JSONB NOT NULL DEFAULT '{}';
