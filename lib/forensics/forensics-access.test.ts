import { beforeAll, describe, expect, it } from "vitest";
import type { SessionContext } from "@/lib/auth/session-context";
import { db } from "@/lib/db/prisma";
import { renderForgedPhoto, renderReferencePhoto } from "@/lib/demo/render-demo-photo";
import { merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { AppError } from "@/lib/errors";
import { routeParams } from "@/lib/evidence/test-support";
import { runJobsUntilIdle } from "@/lib/jobs/run-jobs-until-idle";
import { getProduct } from "@/lib/products/get-product";
import { listProductReferencePhotos } from "@/lib/products/list-product-reference-photos";
import { GET as getPicture } from "@/app/api/findings/[id]/picture/[kind]/route";
import { addMember, sessionCookie } from "@/test/factories";
import { addBuyerPhoto, addReference, productWithDispute } from "./forensics-test-support";
import { listDisputeFindings } from "./list-dispute-findings";
import { openFindingPicture } from "./open-finding-picture";
import { reviewFinding } from "./review-finding";

const code = (c: string) => (e: unknown) => e instanceof AppError && e.code === c;

let owner: SessionContext;
let other: SessionContext;
let productId: string;
let disputeId: string;
let findingId: string;

beforeAll(async () => {
  const a = await merchantWithStore();
  owner = a.owner;
  other = (await merchantWithStore()).owner;
  const { product, dispute } = await productWithDispute(owner, a.store.id);
  productId = product.id;
  disputeId = dispute.id;
  await addReference(owner, product.id, await renderReferencePhoto("duck", 2));
  await addBuyerPhoto(owner, dispute.id, await renderForgedPhoto("duck", 2));
  await runJobsUntilIdle();
  findingId = (await db.finding.findFirstOrThrow({ where: { disputeId, type: "derived_from_reference" } })).id;
});

describe("forensics tenant isolation and roles", () => {
  it("answers 404 to another merchant for the product, its photos, the findings, their pictures and reviews", async () => {
    await expect(getProduct(other, productId)).rejects.toSatisfy(code("NOT_FOUND"));
    await expect(listProductReferencePhotos(other, productId)).rejects.toSatisfy(code("NOT_FOUND"));
    await expect(listDisputeFindings(other, disputeId)).rejects.toSatisfy(code("NOT_FOUND"));
    await expect(openFindingPicture(other, findingId, "heatmap")).rejects.toSatisfy(code("NOT_FOUND"));
    await expect(reviewFinding(other, findingId, { decision: "CONFIRMED" })).rejects.toSatisfy(code("NOT_FOUND"));
    expect(await db.finding.findUniqueOrThrow({ where: { id: findingId } })).toMatchObject({ review: "PENDING", reviewedById: null });

    const foreign = await getPicture(new Request("http://localhost/x", { headers: { cookie: await sessionCookie(other) } }), routeParams({ id: findingId, kind: "heatmap" }));
    expect(foreign.status).toBe(404);
    const own = await getPicture(new Request("http://localhost/x", { headers: { cookie: await sessionCookie(owner) } }), routeParams({ id: findingId, kind: "heatmap" }));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await own.arrayBuffer()).subarray(1, 4).toString()).toBe("PNG");
    const missing = await getPicture(new Request("http://localhost/x", { headers: { cookie: await sessionCookie(owner) } }), routeParams({ id: findingId, kind: "ela" }));
    expect(missing.status).toBe(404);
  });

  it("lets owners, admins and reviewers decide, not staff, and audits each decision", async () => {
    const staff = await addMember(owner, "staff");
    const reviewer = await addMember(owner, "reviewer");
    await expect(reviewFinding(staff, findingId, { decision: "CONFIRMED" })).rejects.toSatisfy(code("FORBIDDEN"));
    await expect(reviewFinding(reviewer, findingId, { decision: "REJECTED" })).rejects.toThrow();
    expect((await db.finding.findUniqueOrThrow({ where: { id: findingId } })).review).toBe("PENDING");

    await reviewFinding(reviewer, findingId, { decision: "REJECTED", note: "参考图选错了" });
    expect(await db.finding.findUniqueOrThrow({ where: { id: findingId } })).toMatchObject({ review: "REJECTED", reviewNote: "参考图选错了", reviewedById: reviewer.userId });
    // A rejected finding no longer raises the case summary.
    const view = await listDisputeFindings(owner, disputeId);
    expect(view.photos[0].findings.find((f) => f.id === findingId)?.review).toMatchObject({ status: "REJECTED", by: "reviewer" });
    await reviewFinding(owner, findingId, { decision: "CONFIRMED" });
    const audit = await db.auditEvent.findMany({ where: { action: "finding.review", entityId: findingId }, orderBy: { seq: "asc" } });
    expect(audit.map((a) => JSON.parse(a.data).to)).toEqual(["REJECTED", "CONFIRMED"]);
  });
});
