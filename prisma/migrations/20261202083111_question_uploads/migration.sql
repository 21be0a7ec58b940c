-- CreateTable
CREATE TABLE "QuestionUpload" (
    "id" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "lessonId" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "problems" JSONB NOT NULL,
    "problemCount" INTEGER NOT NULL,
    "errorCount" INTEGER NOT NULL,
    "skipped" JSONB NOT NULL,
    "questionCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "QuestionUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuestionUploadItem" (
    "uploadId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "line" INTEGER NOT NULL,
    "question" JSONB NOT NULL,

    CONSTRAINT "QuestionUploadItem_pkey" PRIMARY KEY ("uploadId","position")
);

-- CreateIndex
CREATE INDEX "QuestionUpload_authorId_idx" ON "QuestionUpload"("authorId");

-- AddForeignKey
ALTER TABLE "QuestionUpload" ADD CONSTRAINT "QuestionUpload_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuestionUploadItem" ADD CONSTRAINT "QuestionUploadItem_uploadId_fkey" FOREIGN KEY ("uploadId") REFERENCES "QuestionUpload"("id") ON DELETE CASCADE ON UPDATE CASCADE;
