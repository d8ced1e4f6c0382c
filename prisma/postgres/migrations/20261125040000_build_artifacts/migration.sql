-- CreateTable
CREATE TABLE "BuildArtifact" (
    "buildId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "BuildArtifact_pkey" PRIMARY KEY ("buildId","name")
);

-- AddForeignKey
ALTER TABLE "BuildArtifact" ADD CONSTRAINT "BuildArtifact_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild"("id") ON DELETE CASCADE ON UPDATE CASCADE;

