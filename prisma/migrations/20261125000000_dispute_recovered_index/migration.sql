-- CreateIndex
CREATE INDEX "Dispute_organizationId_amountRecoveredFen_idx" ON "Dispute"("organizationId", "amountRecoveredFen");

