import fs from "node:fs";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/audit/verify-audit-chain";
import type { SessionContext } from "@/lib/auth/session-context";
import { GET as list, POST as upload } from "@/app/api/disputes/[id]/evidence/route";
import { db } from "@/lib/db/prisma";
import { blobPath } from "@/lib/evidence/resolve-store-paths";
import { createTestDispute, routeParams, uploadRequest } from "@/lib/evidence/test-support";
import type { EvidenceView } from "@/lib/evidence/to-evidence-views";
import { addMember, createMerchant, sessionCookie } from "@/test/factories";
import { POST } from "./route";

let owner: SessionContext;
let cookie: string;
let disputeId: string;
let evidence: EvidenceView;

beforeAll(async () => {
  owner = await createMerchant();
  cookie = await sessionCookie(owner);
  disputeId = (await createTestDispute(owner)).id;
  const bytes = await sharp({ create: { width: 20, height: 20, channels: 3, background: "green" } }).png().toBuffer();
  evidence = (await (await upload(uploadRequest(disputeId, cookie, { bytes, name: "x.png" }), routeParams({ id: disputeId }))).json()).evidence;
});

async function withdraw(body: unknown, asCookie = cookie, id = evidence.id, headers: Record<string, string> = {}) {
  const response = await POST(
    new Request(`http://localhost/api/evidence/${id}/withdraw`, {
      method: "POST",
      body: typeof body === "string" ? body : JSON.stringify(body),
      headers: { cookie: asCookie, "content-type": "application/json", ...headers },
    }),
    routeParams({ id }),
  );
  return { status: response.status, body: await response.json() };
}

describe("POST /api/evidence/[id]/withdraw", () => {
  it("needs a reason: 400 naming the field for empty, blank or non-JSON bodies", async () => {
    for (const body of [{ reason: "" }, { reason: "   " }, {}, "not json"]) {
      const result = await withdraw(body, cookie, evidence.id, { "accept-language": "en" });
      expect(result.status).toBe(400);
      expect(result.body.error).toMatchObject({ code: "VALIDATION", fields: { reason: ["Required."] } });
    }
    expect((await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).withdrawnAt).toBeNull();
  });

  it("is role-checked and tenant-scoped: 403 for a reviewer, 404 for another merchant", async () => {
    const reviewer = await addMember(owner, "reviewer");
    expect((await withdraw({ reason: "x" }, await sessionCookie(reviewer))).status).toBe(403);
    const other = await sessionCookie(await createMerchant("别家"));
    expect((await withdraw({ reason: "x" }, other)).status).toBe(404);
    expect((await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).withdrawnAt).toBeNull();
  });

  it("records the withdrawal with an audit event, keeps the file and the row, and refuses a second one with 409", async () => {
    const result = await withdraw({ reason: "  上传错了订单的照片  " });
    expect(result.status).toBe(200);
    expect(result.body.evidence.withdrawal).toMatchObject({ by: { id: owner.userId, name: "店主" }, reason: "上传错了订单的照片" });

    const row = await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } });
    expect(row).toMatchObject({ withdrawnById: owner.userId, withdrawalReason: "上传错了订单的照片" });
    expect(row.withdrawnAt).toBeInstanceOf(Date);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "evidence.withdraw", entityId: evidence.id } });
    expect(JSON.parse(event.data)).toMatchObject({ reason: "上传错了订单的照片", sha256: evidence.sha256, disputeId });
    expect(event.actorUserId).toBe(owner.userId);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    expect(fs.existsSync(blobPath(evidence.sha256))).toBe(true);

    const listed = await list(new Request("http://localhost/x", { headers: { cookie } }), routeParams({ id: disputeId }));
    const item = (await listed.json()).evidence.find((e: EvidenceView) => e.id === evidence.id);
    expect(item.withdrawal.reason).toBe("上传错了订单的照片");

    const again = await withdraw({ reason: "再撤一次" }, cookie, evidence.id, { "accept-language": "en" });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe("This evidence has already been withdrawn.");
    expect(await db.auditEvent.count({ where: { action: "evidence.withdraw", entityId: evidence.id } })).toBe(1);
    expect((await db.evidence.findUniqueOrThrow({ where: { id: evidence.id } })).withdrawalReason).toBe("上传错了订单的照片");
  });
});
