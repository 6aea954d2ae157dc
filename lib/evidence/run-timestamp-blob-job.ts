import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db/prisma";
import type { JobHandler } from "@/lib/jobs/job-handlers";
import { PermanentJobError } from "@/lib/jobs/permanent-job-error";
import { requestTimestamp, TimestampRejectedError } from "@/lib/timestamps/request-timestamp";

/**
 * Obtains an RFC 3161 token for one blob from one TSA for the job's merchant and stores it
 * with an audit event (tokens are per merchant: see the TimestampToken model).
 * A TSA that is down leaves the job to the queue's retries; a TSA that refuses, or a token
 * that does not match the request, fails the job at once.
 */
export const runTimestampBlobJob: JobHandler<"timestamp_blob"> = async ({ sha256, tsaUrl }, job) => {
  const organizationId = job.organizationId;
  if (!organizationId) throw new PermanentJobError("a timestamp job needs the merchant it is for");
  const existing = await db.timestampToken.findUnique({ where: { organizationId_sha256_tsaUrl: { organizationId, sha256, tsaUrl } }, select: { id: true } });
  if (existing) return;
  const blob = await db.blob.findUnique({ where: { sha256 }, select: { sha256: true } });
  if (!blob) throw new PermanentJobError(`blob ${sha256} not found`);
  const issued = await requestTimestamp(tsaUrl, sha256).catch((error: unknown) => {
    throw error instanceof TimestampRejectedError ? new PermanentJobError(error.message, "TSA_REJECTED") : error;
  });
  await runAudited(async (tx) => {
    const token = await tx.timestampToken.create({
      data: { organizationId, sha256, tsaUrl, tokenDer: issued.tokenDer, genTime: issued.genTime, serialNumber: issued.serialNumber, policyOid: issued.policyOid },
    });
    await appendAuditEvent(tx, {
      organizationId,
      actorUserId: null,
      action: "evidence.timestamp",
      entityType: "blob",
      entityId: sha256,
      data: { tokenId: token.id, tsaUrl, genTime: issued.genTime.toISOString(), serialNumber: issued.serialNumber, policyOid: issued.policyOid },
    });
  });
};
