import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { createTestDispute, disputeInput, merchantWithStore } from "@/lib/disputes/dispute-test-fixtures";
import { sessionCookie } from "@/test/factories";
import { GET as getOne, PATCH } from "./[id]/route";
import { POST as postStatus } from "./[id]/status/route";
import { GET as list, POST as create } from "./route";

function call(cookie: string, path: string, init: { method?: string; body?: string } = {}) {
  return new Request(`http://localhost:3000${path}`, {
    method: init.method ?? "GET",
    body: init.body,
    headers: { cookie: `${cookie}; NEXT_LOCALE=en`, "content-type": "application/json" },
  });
}
const params = (id: string) => ({ params: Promise.resolve({ id }) });

describe("disputes API", () => {
  it("answers 404 to another merchant's session for GET, PATCH and status change", async () => {
    const a = await merchantWithStore();
    const b = await merchantWithStore();
    const dispute = await createTestDispute(a.owner, a.store.id, { orderNo: "A-1", buyerPhone: "13800138000" });
    const bCookie = await sessionCookie(b.owner);

    const responses = [
      await getOne(call(bCookie, `/api/disputes/${dispute.id}`), params(dispute.id)),
      await PATCH(call(bCookie, `/api/disputes/${dispute.id}`, { method: "PATCH", body: JSON.stringify({ claimText: "x" }) }), params(dispute.id)),
      await postStatus(
        call(bCookie, `/api/disputes/${dispute.id}/status`, { method: "POST", body: JSON.stringify({ toStatus: "COLLECTING" }) }),
        params(dispute.id),
      ),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found, or you have no access to it." } });
    }
    const listed = await (await list(call(bCookie, "/api/disputes"), params(""))).json();
    expect(listed.items).toEqual([]);
    expect(await db.dispute.findUniqueOrThrow({ where: { id: dispute.id } })).toMatchObject({ status: "OPEN", claimText: "杯子碎了" });

    const aCookie = await sessionCookie(a.owner);
    const missing = await getOne(call(aCookie, "/api/disputes/does-not-exist"), params("does-not-exist"));
    expect(missing.status).toBe(404);
    const missingStatus = await postStatus(
      call(aCookie, "/api/disputes/does-not-exist/status", { method: "POST", body: JSON.stringify({ toStatus: "COLLECTING" }) }),
      params("does-not-exist"),
    );
    expect(missingStatus.status).toBe(404);

    const own = await getOne(call(aCookie, `/api/disputes/${dispute.id}`), params(dispute.id));
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.dispute).toMatchObject({ id: dispute.id, order: { orderNo: "A-1" }, buyer: { hasPhone: true } });
    expect(JSON.stringify(body)).not.toMatch(/phoneHash|addressHash/);
  });

  it("creates through POST with the form's schema, with field errors and a clear message for bad bodies", async () => {
    const { owner, store } = await merchantWithStore();
    const cookie = await sessionCookie(owner);

    const created = await create(call(cookie, "/api/disputes", { method: "POST", body: JSON.stringify(disputeInput(store.id, { claimedAmount: 12.3 })) }), params(""));
    expect(created.status).toBe(201);
    expect((await created.json()).dispute).toMatchObject({ amountClaimedFen: 1230, status: "OPEN" });

    const malformed = await create(call(cookie, "/api/disputes", { method: "POST", body: "{ not json" }), params(""));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: "VALIDATION", message: "The request body is not valid JSON." } });

    const invalid = await create(
      call(cookie, "/api/disputes", { method: "POST", body: JSON.stringify(disputeInput(store.id, { claimedAmount: "1.234", orderNo: "" })) }),
      params(""),
    );
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.fields).toEqual({
      orderNo: ["Required."],
      claimedAmount: ["Enter an amount in yuan, e.g. 12.30 (at most 2 decimals, not negative)."],
    });
    expect(await db.dispute.count({ where: { organizationId: owner.organizationId } })).toBe(1);
  });

  it("answers 409 naming both states for an illegal transition, and 401 without a session", async () => {
    const { owner, store } = await merchantWithStore();
    const dispute = await createTestDispute(owner, store.id);
    const cookie = await sessionCookie(owner);
    const illegal = await postStatus(
      call(cookie, `/api/disputes/${dispute.id}/status`, { method: "POST", body: JSON.stringify({ toStatus: "WON" }) }),
      params(dispute.id),
    );
    expect(illegal.status).toBe(409);
    expect((await illegal.json()).error.message).toBe("A dispute cannot move from “Open” to “Won”.");

    const ok = await postStatus(
      call(cookie, `/api/disputes/${dispute.id}/status`, { method: "POST", body: JSON.stringify({ toStatus: "COLLECTING", note: "开始取证" }) }),
      params(dispute.id),
    );
    expect(ok.status).toBe(200);
    expect((await ok.json()).dispute.status).toBe("COLLECTING");

    expect((await getOne(call("", `/api/disputes/${dispute.id}`), params(dispute.id))).status).toBe(401);
  });
});
