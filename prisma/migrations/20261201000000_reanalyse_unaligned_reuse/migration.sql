-- Reuse is now decided by alignment: a near hash alone took look-alike shots of one product
-- for the same photo. Every photo whose reuse finding came from the hash alone and still
-- awaits review is analysed again (an analyze_photo job, audited when it runs), which
-- replaces that finding with an aligned one or drops it. Findings a reviewer has decided
-- are left as they are.
INSERT INTO "Job" ("id", "organizationId", "type", "payload", "status", "attempts", "maxAttempts", "runAfter", "createdAt")
SELECT
    'reuse' || lower(hex(randomblob(10))),
    "organizationId",
    'analyze_photo',
    json_object('evidenceId', "evidenceId"),
    'QUEUED',
    0,
    3,
    strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'),
    strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now')
FROM "Finding"
WHERE "type" = 'reuse'
  AND "review" = 'PENDING'
  AND json_extract("detailsJson", '$.alignment') IS NULL
GROUP BY "evidenceId", "organizationId";
