-- DropForeignKey
ALTER TABLE "GraphNode" DROP CONSTRAINT "GraphNode_buildId_fkey";

-- DropForeignKey
ALTER TABLE "GraphEdge" DROP CONSTRAINT "GraphEdge_buildId_fkey";

-- DropForeignKey
ALTER TABLE "NoteFact" DROP CONSTRAINT "NoteFact_buildId_fkey";

-- AlterTable
ALTER TABLE "GraphNode" ADD COLUMN     "untilBuildId" INTEGER;

-- AlterTable
ALTER TABLE "GraphEdge" ADD COLUMN     "untilBuildId" INTEGER;

-- AlterTable
ALTER TABLE "NoteFact" ADD COLUMN     "untilBuildId" INTEGER;


-- Rows stored before builds shared them belong to their own build only.
UPDATE "GraphNode" SET "untilBuildId" = "buildId" + 1 WHERE "buildId" < (SELECT MAX("id") FROM "GraphBuild");
UPDATE "GraphEdge" SET "untilBuildId" = "buildId" + 1 WHERE "buildId" < (SELECT MAX("id") FROM "GraphBuild");
UPDATE "NoteFact" SET "untilBuildId" = "buildId" + 1 WHERE "buildId" < (SELECT MAX("id") FROM "GraphBuild");
