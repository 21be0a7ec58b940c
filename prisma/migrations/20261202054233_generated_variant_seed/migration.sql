-- AlterTable
ALTER TABLE "AttemptItem" ADD COLUMN     "seed" INTEGER;

-- AlterTable
ALTER TABLE "ReviewLog" ADD COLUMN     "seed" INTEGER;
