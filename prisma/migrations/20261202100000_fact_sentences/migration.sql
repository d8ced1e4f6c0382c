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

    PRIMARY KEY ("buildId", "id"),
    CONSTRAINT "GraphNode_buildId_fkey" FOREIGN KEY ("buildId") REFERENCES "GraphBuild" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_GraphNode" ("aliases", "buildId", "factIds", "id", "kind", "label", "labelJa", "mentionIds", "parent", "summary", "tags", "x", "y") SELECT "aliases", "buildId", "factIds", "id", "kind", "label", "labelJa", "mentionIds", "parent", "summary", "tags", "x", "y" FROM "GraphNode";
DROP TABLE "GraphNode";
ALTER TABLE "new_GraphNode" RENAME TO "GraphNode";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

