import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { toEvidenceViews } from "@/lib/evidence/to-evidence-views";
import { createTestDispute } from "@/lib/evidence/test-support";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { addMember, createMerchant } from "@/test/factories";
import { startLocalTsa, type LocalTsa } from "@/test/local-tsa";
import { getTimestampSettings } from "./get-timestamp-settings";
import { updateTsaUrl } from "./update-tsa-url";

let tsa: LocalTsa;
let owner: SessionContext;
let other: SessionContext;

async function addEvidence(ctx: SessionContext, sha256: string) {
  const dispute = await createTestDispute(ctx);
  await db.blob.upsert({ where: { sha256 }, create: { sha256, sizeBytes: 3n, mimeType: "image/jpeg" }, update: {} });
  return db.evidence.create({
    data: { organizationId: ctx.organizationId, disputeId: dispute.id, kind: "OTHER", sha256, originalName: "a.jpg", mimeType: "image/jpeg", sizeBytes: 3n, uploadedById: ctx.userId },
  });
}

beforeAll(async () => {
  tsa = await startLocalTsa();
  owner = await createMerchant("设置测试店");
  other = await createMerchant("别家");
  await addEvidence(owner, "a".repeat(64));
  await addEvidence(owner, "b".repeat(64));
  await addEvidence(other, "c".repeat(64));
});

afterAll(() => tsa.close());

describe("updateTsaUrl", () => {
  it("refuses a URL that is not http(s) and a staff member", async () => {
    await expect(updateTsaUrl(owner, { tsaUrl: "ftp://tsa.example" })).rejects.toMatchObject({ name: "ZodError" });
    await expect(updateTsaUrl(owner, { tsaUrl: "not a url" })).rejects.toMatchObject({ name: "ZodError" });
    const staff = await addMember(owner, "staff");
    await expect(updateTsaUrl(staff, { tsaUrl: tsa.url })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.merchantSettings.count()).toBe(0);
  });

  it("shows “no TSA configured” until one is set, then stamps this merchant's existing files only", async () => {
    const [evidence] = await db.evidence.findMany({ where: { organizationId: owner.organizationId } });
    expect((await toEvidenceViews([evidence]))[0].timestamp).toEqual({ status: "unconfigured" });

    expect(await updateTsaUrl(owner, { tsaUrl: ` ${tsa.url} ` })).toEqual({ queued: 2 });
    expect((await toEvidenceViews([evidence]))[0].timestamp).toEqual({ status: "pending", tsaUrl: tsa.url });
    await runJobsUntilIdle();
    const view = (await toEvidenceViews([evidence]))[0].timestamp;
    expect(view).toMatchObject({ status: "stamped", tsaUrl: tsa.url, tsaName: expect.stringContaining("RefundProof Test TSA") });
    expect(await db.timestampToken.count({ where: { sha256: "c".repeat(64) } })).toBe(0);
    expect(await getTimestampSettings(owner)).toEqual({ tsaUrl: tsa.url, files: 2, stamped: 2 });

    // Saving the same URL again queues nothing new.
    expect(await updateTsaUrl(owner, { tsaUrl: tsa.url })).toEqual({ queued: 0 });
    const events = await db.auditEvent.findMany({ where: { action: "settings.tsa_update", organizationId: owner.organizationId } });
    expect(events.map((event) => JSON.parse(event.data))).toEqual([
      { from: null, to: tsa.url, queued: 2 },
      { from: tsa.url, to: tsa.url, queued: 0 },
    ]);
  });

  it("clears the TSA with an empty value", async () => {
    expect(await updateTsaUrl(owner, { tsaUrl: "" })).toEqual({ queued: 0 });
    expect(await getTimestampSettings(owner)).toMatchObject({ tsaUrl: null });
  });
});
