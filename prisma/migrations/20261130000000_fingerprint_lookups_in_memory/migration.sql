-- Reuse candidates come from the in-memory window index of buyer photos alone; the whole-picture
-- hash chunks that served the SQL lookup are no longer read.
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_PhotoFingerprint" (
    "evidenceId" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "productId" TEXT,
    "disputeId" TEXT,
    "hashesJson" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "PhotoFingerprint_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_PhotoFingerprint" ("createdAt", "disputeId", "evidenceId", "hashesJson", "organizationId", "productId", "role") SELECT "createdAt", "disputeId", "evidenceId", "hashesJson", "organizationId", "productId", "role" FROM "PhotoFingerprint";
DROP TABLE "PhotoFingerprint";
ALTER TABLE "new_PhotoFingerprint" RENAME TO "PhotoFingerprint";
CREATE INDEX "PhotoFingerprint_organizationId_role_idx" ON "PhotoFingerprint"("organizationId", "role");
CREATE INDEX "PhotoFingerprint_organizationId_productId_idx" ON "PhotoFingerprint"("organizationId", "productId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

