-- AlterTable
ALTER TABLE "GraphNode" ADD COLUMN     "mentionIds" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "tags" TEXT NOT NULL DEFAULT '[]';

