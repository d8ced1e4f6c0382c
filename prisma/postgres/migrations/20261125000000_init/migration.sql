-- CreateTable
CREATE TABLE "GraphBuild" (
    "id" SERIAL NOT NULL,
    "status" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),
    "notesDir" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "GraphBuild_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "GraphNode" (
    "buildId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelJa" TEXT,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "factIds" TEXT NOT NULL,
    "parent" TEXT,
    "x" DOUBLE PRECISION,
    "y" DOUBLE PRECISION,

    CONSTRAINT "GraphNode_pkey" PRIMARY KEY ("buildId","id")
);

-- CreateTable
CREATE TABLE "GraphEdge" (
    "buildId" INTEGER NOT NULL,
    "id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "more" TEXT NOT NULL,

    CONSTRAINT "GraphEdge_pkey" PRIMARY KEY ("buildId","id")
);

-- CreateTable
CREATE TABLE "NoteFact" (
    "buildId" INTEGER NOT NULL,
    "id" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "section" TEXT NOT NULL,

    CONSTRAINT "NoteFact_pkey" PRIMARY KEY ("buildId","id")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("from")
);

-- CreateIndex
CREATE INDEX "GraphBuild_status_id_idx" ON "GraphBuild"("status", "id");

-- AddForeignKey
ALTER TABLE "GraphNode" ADD CONSTRAINT "GraphNode_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "GraphEdge" ADD CONSTRAINT "GraphEdge_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoteFact" ADD CONSTRAINT "NoteFact_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild"("id") ON DELETE CASCADE ON UPDATE CASCADE;

