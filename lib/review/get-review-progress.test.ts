import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { createTestDispute, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { withdrawEvidence } from "@/lib/evidence/withdraw-evidence";
import { plantAnalysedPhoto } from "@/lib/forensics/forensics-test-support";
import { reviewFinding } from "@/lib/forensics/review-finding";
import { createMerchant } from "@/test/factories";
import { assertReviewComplete, getReviewProgress } from "./get-review-progress";

let owner: SessionContext;
let storeId: string;

beforeAll(async () => {
  const merchant = await merchantWithStore();
  owner = merchant.owner;
  storeId = merchant.store.id;
});

describe("getReviewProgress", () => {
  it("is ready for a case without photos", async () => {
    const dispute = await createTestDispute(owner, storeId);
    expect(await getReviewProgress(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 0, ready: true });
    await expect(assertReviewComplete(owner, dispute.id, "export")).resolves.toBeUndefined();
  });

  it("waits for photos queued or under analysis, then for every finding to be confirmed or rejected", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const { photo: queued, findings } = await plantAnalysedPhoto(owner, dispute.id, ["strong", "weak"]);
    // Queued: the job has not started, so there is no analysis row yet.
    await db.photoAnalysis.delete({ where: { evidenceId: queued.id } });
    const { photo: running } = await plantAnalysedPhoto(owner, dispute.id, [], "RUNNING");
    expect(await getReviewProgress(owner, dispute.id)).toMatchObject({ analysesRunning: 2, ready: false });
    await expect(assertReviewComplete(owner, dispute.id, "export")).rejects.toMatchObject({ code: "CONFLICT", messageKey: "exportAnalysisRunning", values: { count: 2 } });

    await db.photoAnalysis.create({ data: { evidenceId: queued.id, organizationId: owner.organizationId, status: "DONE" } });
    await db.photoAnalysis.update({ where: { evidenceId: running.id }, data: { status: "FAILED" } });
    expect(await getReviewProgress(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 2, ready: false });
    await expect(assertReviewComplete(owner, dispute.id, "export")).rejects.toMatchObject({ code: "CONFLICT", messageKey: "exportAwaitingReview", values: { count: 2 } });

    await reviewFinding(owner, findings[0].id, { decision: "CONFIRMED" });
    expect(await getReviewProgress(owner, dispute.id)).toMatchObject({ findingsAwaitingReview: 1, ready: false });
    await reviewFinding(owner, findings[1].id, { decision: "REJECTED", note: "压缩痕迹来自平台转码" });
    expect(await getReviewProgress(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 0, ready: true });
  });

  it("does not wait for withdrawn photos or for files that are never analysed", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const { photo: withdrawn } = await plantAnalysedPhoto(owner, dispute.id, ["moderate"]);
    // A type this server cannot decode (e.g. a TIFF brought in by an import) is never analysed, so nothing waits for it.
    const { photo: tiff } = await plantAnalysedPhoto(owner, dispute.id, []);
    await db.photoAnalysis.delete({ where: { evidenceId: tiff.id } });
    await db.evidence.update({ where: { id: tiff.id }, data: { mimeType: "image/tiff" } });
    expect(await getReviewProgress(owner, dispute.id)).toMatchObject({ analysesRunning: 0, findingsAwaitingReview: 1 });

    await withdrawEvidence(owner, withdrawn.id, { reason: "上传错了图片" });
    expect(await getReviewProgress(owner, dispute.id)).toEqual({ analysesRunning: 0, findingsAwaitingReview: 0, ready: true });
  });

  it("answers 404 for another merchant's dispute", async () => {
    const dispute = await createTestDispute(owner, storeId);
    const other = await createMerchant("别家商家");
    await expect(getReviewProgress(other, dispute.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
