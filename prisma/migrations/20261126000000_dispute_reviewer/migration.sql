-- AlterTable
ALTER TABLE "Dispute" ADD COLUMN "reviewerId" TEXT;

-- CreateIndex
CREATE INDEX "Dispute_organizationId_reviewerId_idx" ON "Dispute"("organizationId", "reviewerId");

