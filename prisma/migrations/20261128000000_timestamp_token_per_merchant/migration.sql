-- Timestamp tokens become per merchant: a token one merchant obtained for some bytes is no longer shown to
-- another merchant holding the same bytes (nor which TSA was asked).
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_TimestampToken" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "organizationId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "tsaUrl" TEXT NOT NULL,
    "tokenDer" BLOB NOT NULL,
    "genTime" DATETIME NOT NULL,
    "serialNumber" TEXT NOT NULL,
    "policyOid" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "TimestampToken_sha256_fkey" FOREIGN KEY ("sha256") REFERENCES "Blob" ("sha256") ON DELETE RESTRICT ON UPDATE CASCADE
);
-- Each token stays with the merchant whose job obtained it (its evidence.timestamp audit event), under its id.
INSERT INTO "new_TimestampToken" ("id", "organizationId", "sha256", "tsaUrl", "tokenDer", "genTime", "serialNumber", "policyOid", "createdAt")
SELECT t."id", e."organizationId", t."sha256", t."tsaUrl", t."tokenDer", t."genTime", t."serialNumber", t."policyOid", t."createdAt"
FROM "TimestampToken" t
JOIN "AuditEvent" e ON e."action" = 'evidence.timestamp' AND json_extract(e."data", '$.tokenId') = t."id"
WHERE e."organizationId" IS NOT NULL
GROUP BY t."id";
-- Other merchants holding the same bytes with the same TSA configured had their own request skipped because the
-- token existed: they get a copy under a new id (the same token, which they had asked for).
INSERT INTO "new_TimestampToken" ("id", "organizationId", "sha256", "tsaUrl", "tokenDer", "genTime", "serialNumber", "policyOid", "createdAt")
SELECT 'ts' || lower(hex(randomblob(11))), holders."organizationId", t."sha256", t."tsaUrl", t."tokenDer", t."genTime", t."serialNumber", t."policyOid", t."createdAt"
FROM "TimestampToken" t
JOIN (SELECT DISTINCT ev."organizationId", ev."sha256" FROM "Evidence" ev) holders ON holders."sha256" = t."sha256"
JOIN "MerchantSettings" s ON s."organizationId" = holders."organizationId" AND s."tsaUrl" = t."tsaUrl"
WHERE NOT EXISTS (
    SELECT 1 FROM "new_TimestampToken" n
    WHERE n."organizationId" = holders."organizationId" AND n."sha256" = t."sha256" AND n."tsaUrl" = t."tsaUrl"
);
DROP TABLE "TimestampToken";
ALTER TABLE "new_TimestampToken" RENAME TO "TimestampToken";
CREATE INDEX "TimestampToken_sha256_idx" ON "TimestampToken"("sha256");
CREATE UNIQUE INDEX "TimestampToken_organizationId_sha256_tsaUrl_key" ON "TimestampToken"("organizationId", "sha256", "tsaUrl");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
