-- CreateIndex
CREATE INDEX "Dispute_organizationId_orderId_idx" ON "Dispute"("organizationId", "orderId");

-- CreateIndex
CREATE INDEX "Dispute_organizationId_buyerId_idx" ON "Dispute"("organizationId", "buyerId");

