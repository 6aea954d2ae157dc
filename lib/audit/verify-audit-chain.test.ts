import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/prisma";
import { appendAuditEvent } from "./append-audit-event";
import { runAudited } from "./run-audited";
import { verifyAuditChain } from "./verify-audit-chain";

async function appendMany(n: number) {
  for (let i = 0; i < n; i++) {
    await runAudited((tx) =>
      appendAuditEvent(tx, { organizationId: "org-1", actorUserId: "u-1", action: "dispute.update", entityType: "dispute", entityId: `d-${i}`, data: { i } }),
    );
  }
}

describe("audit chain", () => {
  it("verifies an intact chain, including concurrent appends", async () => {
    await appendMany(3);
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        runAudited((tx) => appendAuditEvent(tx, { organizationId: null, actorUserId: null, action: "auth.login", entityType: "session", entityId: `s-${i}` })),
      ),
    );
    const result = await verifyAuditChain(db);
    expect(result).toEqual({ ok: true, checked: 13 });
  });

  it("names the first edited event, and passes again once the edit is undone", async () => {
    const events = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    const victim = events[4];
    await db.$executeRaw`UPDATE "AuditEvent" SET "data" = '{"i":999}' WHERE "seq" = ${victim.seq}`;
    const result = await verifyAuditChain(db);
    expect(result).toMatchObject({ ok: false, brokenSeq: victim.seq, reason: "hash_mismatch" });
    await db.$executeRaw`UPDATE "AuditEvent" SET "data" = ${victim.data} WHERE "seq" = ${victim.seq}`;
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("detects a deleted event by its broken link", async () => {
    const fresh = await db.auditEvent.findMany({ orderBy: { seq: "asc" } });
    await db.$executeRaw`DELETE FROM "AuditEvent" WHERE "seq" = ${fresh[7].seq}`;
    expect(await verifyAuditChain(db)).toMatchObject({ ok: false, brokenSeq: fresh[8].seq, reason: "prev_hash_mismatch" });
  });
});
