-- CreateTable
CREATE TABLE "GraphBuild" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "status" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "notesDir" TEXT NOT NULL,
    "summary" TEXT NOT NULL
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
    "x" REAL,
    "y" REAL,

    PRIMARY KEY ("buildId", "id"),
    CONSTRAINT "GraphNode_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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

    PRIMARY KEY ("buildId", "id"),
    CONSTRAINT "GraphEdge_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "NoteFact" (
    "buildId" INTEGER NOT NULL,
    "id" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "section" TEXT NOT NULL,

    PRIMARY KEY ("buildId", "id"),
    CONSTRAINT "NoteFact_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "from" TEXT NOT NULL PRIMARY KEY,
    "to" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "GraphBuild_status_id_idx" ON "GraphBuild"("status", "id");

