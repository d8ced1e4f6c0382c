-- AlterTable
ALTER TABLE "GraphNode" ADD COLUMN     "factSentences" TEXT NOT NULL DEFAULT '{}';

