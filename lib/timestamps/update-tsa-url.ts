import { z } from "zod";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { assertPermission } from "@/lib/auth/assert-permission";
import type { SessionContext } from "@/lib/auth/session-context";
import { enqueueJob } from "@/lib/jobs/enqueue-job";

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** Empty clears the TSA; anything else must be an http(s) URL. */
export const tsaUrlFormSchema = z.object({
  tsaUrl: z
    .string()
    .trim()
    .max(500)
    .default("")
    .refine((text) => !text || isHttpUrl(text), { message: "url" })
    .transform((text) => text || null),
});

/**
 * Sets or clears the merchant's RFC 3161 TSA (owner/admin), audited with the old and new
 * URL. Setting one queues a timestamp job for every file of the merchant that has no
 * token from it yet, in the same transaction. Returns how many were queued.
 */
export async function updateTsaUrl(ctx: SessionContext, raw: Record<string, string | undefined>): Promise<{ queued: number }> {
  assertPermission(ctx, { settings: ["update"] });
  const { tsaUrl } = tsaUrlFormSchema.parse(raw);
  const organizationId = ctx.organizationId;
  return runAudited(async (tx) => {
    const before = await tx.merchantSettings.findUnique({ where: { organizationId }, select: { tsaUrl: true } });
    await tx.merchantSettings.upsert({ where: { organizationId }, create: { organizationId, tsaUrl }, update: { tsaUrl } });
    let queued = 0;
    if (tsaUrl && tsaUrl !== before?.tsaUrl) {
      const blobs = await tx.evidence.findMany({
        where: { organizationId, blob: { timestamps: { none: { organizationId, tsaUrl } } } },
        distinct: ["sha256"],
        select: { sha256: true },
      });
      for (const { sha256 } of blobs) await enqueueJob(tx, { type: "timestamp_blob", organizationId, payload: { sha256, tsaUrl } });
      queued = blobs.length;
    }
    await appendAuditEvent(tx, {
      organizationId,
      actorUserId: ctx.userId,
      action: "settings.tsa_update",
      entityType: "merchantSettings",
      entityId: organizationId,
      data: { from: before?.tsaUrl ?? null, to: tsaUrl, queued },
    });
    return { queued };
  });
}
