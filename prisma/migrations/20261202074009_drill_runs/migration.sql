-- CreateTable
CREATE TABLE "DrillRun" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "generators" JSONB NOT NULL,
    "preset" TEXT,
    "problemLimit" INTEGER NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "DrillRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DrillItem" (
    "runId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "generator" TEXT NOT NULL,
    "seed" INTEGER NOT NULL,
    "shownAt" TIMESTAMP(3) NOT NULL,
    "answeredAt" TIMESTAMP(3),
    "response" TEXT,
    "correct" BOOLEAN,
    "seconds" DOUBLE PRECISION,

    CONSTRAINT "DrillItem_pkey" PRIMARY KEY ("runId","position")
);

-- CreateIndex
CREATE INDEX "DrillRun_userId_startedAt_idx" ON "DrillRun"("userId", "startedAt");

-- AddForeignKey
ALTER TABLE "DrillRun" ADD CONSTRAINT "DrillRun_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DrillItem" ADD CONSTRAINT "DrillItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "DrillRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
