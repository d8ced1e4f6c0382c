-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_GraphNode" (
    "buildId" INTEGER NOT NULL,
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "labelJa" TEXT,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "aliases" TEXT NOT NULL,
    "factIds" TEXT NOT NULL,
    "factSentences" TEXT NOT NULL DEFAULT '{}',
    "mentionIds" TEXT NOT NULL DEFAULT '[]',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "parent" TEXT,
    "x" REAL,
    "y" REAL,
    "untilBuildId" INTEGER,

    PRIMARY KEY ("buildId", "id")
);
INSERT INTO "new_GraphNode" ("aliases", "buildId", "factIds", "factSentences", "id", "kind", "label", "labelJa", "mentionIds", "parent", "summary", "tags", "x", "y") SELECT "aliases", "buildId", "factIds", "factSentences", "id", "kind", "label", "labelJa", "mentionIds", "parent", "summary", "tags", "x", "y" FROM "GraphNode";
DROP TABLE "GraphNode";
ALTER TABLE "new_GraphNode" RENAME TO "GraphNode";
CREATE TABLE "new_GraphEdge" (
    "buildId" INTEGER NOT NULL,
    "id" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "evidence" TEXT NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "more" TEXT NOT NULL,
    "untilBuildId" INTEGER,

    PRIMARY KEY ("buildId", "id")
);
INSERT INTO "new_GraphEdge" ("buildId", "evidence", "file", "id", "kind", "line", "more", "source", "target") SELECT "buildId", "evidence", "file", "id", "kind", "line", "more", "source", "target" FROM "GraphEdge";
DROP TABLE "GraphEdge";
ALTER TABLE "new_GraphEdge" RENAME TO "GraphEdge";
CREATE TABLE "new_NoteFact" (
    "buildId" INTEGER NOT NULL,
    "id" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "section" TEXT NOT NULL,
    "untilBuildId" INTEGER,

    PRIMARY KEY ("buildId", "id")
);
INSERT INTO "new_NoteFact" ("buildId", "file", "id", "line", "section", "text") SELECT "buildId", "file", "id", "line", "section", "text" FROM "NoteFact";
DROP TABLE "NoteFact";
ALTER TABLE "new_NoteFact" RENAME TO "NoteFact";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Rows stored before builds shared them belong to their own build only.
UPDATE "GraphNode" SET "untilBuildId" = "buildId" + 1 WHERE "buildId" < (SELECT MAX("id") FROM "GraphBuild");
UPDATE "GraphEdge" SET "untilBuildId" = "buildId" + 1 WHERE "buildId" < (SELECT MAX("id") FROM "GraphBuild");
UPDATE "NoteFact" SET "untilBuildId" = "buildId" + 1 WHERE "buildId" < (SELECT MAX("id") FROM "GraphBuild");
