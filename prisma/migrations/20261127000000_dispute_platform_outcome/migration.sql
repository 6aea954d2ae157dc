-- The platform's handling of the refund, as the merchant records it (feeds the legal assessment).
ALTER TABLE "Dispute" ADD COLUMN "refundPaidFen" INTEGER;
ALTER TABLE "Dispute" ADD COLUMN "platformSkippedReview" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Dispute" ADD COLUMN "platformOutcomeNote" TEXT;
