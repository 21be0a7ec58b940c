-- CreateTable
CREATE TABLE "MediaImage" (
    "hash" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MediaImage_pkey" PRIMARY KEY ("hash")
);

-- CreateTable
CREATE TABLE "ContentImagePath" (
    "path" TEXT NOT NULL,
    "url" TEXT NOT NULL,

    CONSTRAINT "ContentImagePath_pkey" PRIMARY KEY ("path")
);
