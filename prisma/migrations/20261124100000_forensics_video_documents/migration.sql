-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN "operatorName" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "recordedAt" DATETIME;
ALTER TABLE "Evidence" ADD COLUMN "stationName" TEXT;
ALTER TABLE "Evidence" ADD COLUMN "trackingNo" TEXT;

-- CreateTable
CREATE TABLE "MerchantSettings" (
    "organizationId" TEXT NOT NULL PRIMARY KEY,
    "province" TEXT,
    "relativelyLargeFen" INTEGER,
    "hugeFen" INTEGER,
    "especiallyHugeFen" INTEGER,
    "tsaUrl" TEXT,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "MerchantSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT,
    "type" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 3,
    "runAfter" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedAt" DATETIME,
    "lockedBy" TEXT,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "Job_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PhotoAnalysis" (
    "evidenceId" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'PENDING',
    "summaryLevel" TEXT,
    "summaryJson" TEXT,
    "errorCode" TEXT,
    "errorMessage" TEXT,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "PhotoAnalysis_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PhotoFingerprint" (
    "evidenceId" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "productId" TEXT,
    "disputeId" TEXT,
    "hashesJson" TEXT NOT NULL,
    "chunk0" INTEGER NOT NULL,
    "chunk1" INTEGER NOT NULL,
    "chunk2" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PhotoFingerprint_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "evidenceId" TEXT NOT NULL,
    "disputeId" TEXT,
    "type" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "explanationZh" TEXT NOT NULL,
    "explanationEn" TEXT NOT NULL,
    "detailsJson" TEXT NOT NULL,
    "heatmapSha256" TEXT,
    "alignedPairSha256" TEXT,
    "elaSha256" TEXT,
    "referenceEvidenceId" TEXT,
    "review" TEXT NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Finding_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Finding_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "VideoProbe" (
    "evidenceId" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "durationMs" INTEGER,
    "formatName" TEXT,
    "codec" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "rotation" INTEGER,
    "frameRate" REAL,
    "bitRate" INTEGER,
    "fileCreatedAt" DATETIME,
    "rawJson" TEXT NOT NULL,
    "posterSha256" TEXT,
    "keyframesJson" TEXT NOT NULL DEFAULT '[]',
    "probedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "VideoProbe_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "OrderImport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrderImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "UploadSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "declaredSize" BIGINT,
    "receivedBytes" BIGINT NOT NULL DEFAULT 0,
    "status" TEXT NOT NULL DEFAULT 'OPEN',
    "orderId" TEXT,
    "disputeId" TEXT,
    "trackingNo" TEXT,
    "operatorName" TEXT,
    "stationName" TEXT,
    "recordedAt" DATETIME,
    "evidenceId" TEXT,
    "sha256" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "UploadSession_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TimestampToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sha256" TEXT NOT NULL,
    "tsaUrl" TEXT NOT NULL,
    "tokenDer" BLOB NOT NULL,
    "genTime" DATETIME NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "policyOid" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TimestampToken_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Blob" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DocumentDraft" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "edited" BOOLEAN NOT NULL DEFAULT false,
    "includeInExport" BOOLEAN NOT NULL DEFAULT true,
    "updatedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DocumentDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DocumentDraft_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CaseExport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "disputeId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "sizeBytes" BIGINT NOT NULL,
    "pdfSha256" TEXT NOT NULL,
    "pdfPages" INTEGER NOT NULL,
    "contentsJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "CaseExport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "CaseExport_disputeId_fkey" FOREIGN KEY ("disputeId") REFERENCES "Dispute" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Job_status_runAfter_idx" ON "Job"("status", "runAfter");

-- CreateIndex
CREATE INDEX "Job_organizationId_type_status_idx" ON "Job"("organizationId", "type", "status");

-- CreateIndex
CREATE INDEX "PhotoAnalysis_organizationId_status_idx" ON "PhotoAnalysis"("organizationId", "status");

-- CreateIndex
CREATE INDEX "PhotoFingerprint_organizationId_role_chunk0_idx" ON "PhotoFingerprint"("organizationId", "role", "chunk0");

-- CreateIndex
CREATE INDEX "PhotoFingerprint_organizationId_role_chunk1_idx" ON "PhotoFingerprint"("organizationId", "role", "chunk1");

-- CreateIndex
CREATE INDEX "PhotoFingerprint_organizationId_role_chunk2_idx" ON "PhotoFingerprint"("organizationId", "role", "chunk2");

-- CreateIndex
CREATE INDEX "PhotoFingerprint_organizationId_productId_idx" ON "PhotoFingerprint"("organizationId", "productId");

-- CreateIndex
CREATE INDEX "Finding_organizationId_disputeId_idx" ON "Finding"("organizationId", "disputeId");

-- CreateIndex
CREATE INDEX "Finding_organizationId_evidenceId_idx" ON "Finding"("organizationId", "evidenceId");

-- CreateIndex
CREATE INDEX "Finding_organizationId_review_idx" ON "Finding"("organizationId", "review");

-- CreateIndex
CREATE INDEX "VideoProbe_organizationId_idx" ON "VideoProbe"("organizationId");

-- CreateIndex
CREATE INDEX "OrderImport_organizationId_createdAt_idx" ON "OrderImport"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "UploadSession_organizationId_status_idx" ON "UploadSession"("organizationId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TimestampToken_sha256_tsaUrl_key" ON "TimestampToken"("sha256", "tsaUrl");

-- CreateIndex
CREATE INDEX "DocumentDraft_organizationId_disputeId_idx" ON "DocumentDraft"("organizationId", "disputeId");

-- CreateIndex
CREATE UNIQUE INDEX "DocumentDraft_disputeId_type_locale_key" ON "DocumentDraft"("disputeId", "type", "locale");

-- CreateIndex
CREATE INDEX "CaseExport_organizationId_disputeId_createdAt_idx" ON "CaseExport"("organizationId", "disputeId", "createdAt");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_orderId_idx" ON "Evidence"("organizationId", "orderId");

-- CreateIndex
CREATE INDEX "Evidence_organizationId_trackingNo_idx" ON "Evidence"("organizationId", "trackingNo");

