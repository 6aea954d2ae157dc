import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { withdrawEvidence } from "@/lib/evidence/withdraw-evidence";
import { plantBuyerPhoto } from "@/lib/forensics/forensics-test-support";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { createMerchant } from "@/test/factories";
import { assertExportReady, getExportReadiness } from "./get-export-readiness";

let owner: SessionContext;
let storeId: string;

beforeAll(async () => {
  const merchant = await merchantWithStore();
  owner = merchant.owner;
  storeId = merchant.store.id;
});

let seed = 0;
async function photo(disputeId: string) {
  seed++;
  const bytes = await sharp({ create: { width: 32, height: 32, channels: 3, background: { r: seed * 7, g: 90, b: 160 } } }).jpeg().toBuffer();
  return plantBuyerPhoto(owner, disputeId, bytes, `buyer-${seed}.jpg`);
}

function finding(evidenceId: string, disputeId: string) {
  return db.finding.create({
    data: { organizationId: owner.organizationId, evidenceId, disputeId, type: "ela", strength: "weak", explanationZh: "压缩误差", explanationEn: "ELA", detailsJson: "{}" },
  });
}

const analysed = (evidenceId: string) => db.photoAnalysis.create({ data: { evidenceId, organizationId: owner.organizationId, status: "DONE" } });

describe("getExportReadiness", () => {
  it("is ready for a case without photos", async () => {
    const dispute = await createTestDispute(owner, storeId);
    expect(await getExportReadiness(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 0, ready: true });
    await expect(assertExportReady(owner, dispute.id)).resolves.toBeUndefined();
  });

  it("waits for photos queued or under analysis, then for every finding to be confirmed or rejected", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const queued = await photo(dispute.id);
    const running = await photo(dispute.id);
    await db.photoAnalysis.create({ data: { evidenceId: running.id, organizationId: owner.organizationId, status: "RUNNING" } });
    expect(await getExportReadiness(owner, dispute.id)).toMatchObject({ analysesRunning: 2, ready: false });
    await expect(assertExportReady(owner, dispute.id)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "exportAnalysisRunning", values: { count: 2 } });

    await analysed(queued.id);
    await db.photoAnalysis.update({ where: { evidenceId: running.id }, data: { status: "FAILED" } });
    const first = await finding(queued.id, dispute.id);
    const second = await finding(queued.id, dispute.id);
    expect(await getExportReadiness(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 2, ready: false });
    await expect(assertExportReady(owner, dispute.id)).rejects.toMatchObject({ code: "CONFLICT", messageKey: "exportAwaitingReview", values: { count: 2 } });

    await reviewFinding(owner, first.id, { decision: "CONFIRMED" });
    expect(await getExportReadiness(owner, dispute.id)).toMatchObject({ findingsAwaitingReview: 1, ready: false });
    await reviewFinding(owner, second.id, { decision: "REJECTED", note: "压缩痕迹来自平台转码" });
    expect(await getExportReadiness(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 0, ready: true });
  });

  it("does not wait for withdrawn photos or for files that are never analysed", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const withdrawn = await photo(dispute.id);
    await finding(withdrawn.id, dispute.id);
    const heic = await photo(dispute.id);
    await db.evidence.update({ where: { id: heic.id }, data: { mimeType: "image/heic" } });
    expect(await getExportReadiness(owner, dispute.id)).toMatchObject({ analysesRunning: 1, findingsAwaitingReview: 1 });

    await withdrawEvidence(owner, withdrawn.id, { reason: "上传错了图片" });
    expect(await getExportReadiness(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 0, ready: true });
  });

  it("answers 404 for another merchant's dispute", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const other = await createMerchant("别家商家");
    await expect(getExportReadiness(other, dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
