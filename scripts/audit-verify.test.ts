import { execFile } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appendAuditEvent } from "@/lib/audit/append-audit-event";
import { runAudited } from "@/lib/audit/run-audited";
import { db } from "@/lib/db/prisma";

/** Runs the real CLI in a child process against the given database. */
function runAuditVerify(databaseUrl: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    execFile("npx", ["tsx", "scripts/audit-verify.ts"], { env: { ...process.env, DATABASE_URL: databaseUrl } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, output: stdout + stderr }),
    );
  });
}

describe("npm run audit:verify", () => {
  it("exits 0 on an intact chain and 1 naming the first edited event", async () => {
    for (let i = 0; i < 5; i++) {
      await runAudited((tx) =>
        appendAuditEvent(tx, { organizationId: "org-1", actorUserId: "u-1", action: "dispute.update", entityType: "dispute", entityId: `d-${i}`, data: { i } }),
      );
    }
    const url = process.env.DATABASE_URL!;
    const intact = await runAuditVerify(url);
    expect(intact.code).toBe(0);
    expect(intact.output).toContain("Audit chain intact: 5 events verified.");
    expect(intact.output).toContain("审计链完整");

    const victim = (await db.auditEvent.findMany({ orderBy: { seq: "asc" } }))[2];
    await db.$executeRaw`UPDATE "AuditEvent" SET "data" = '{"i":42}' WHERE "seq" = ${victim.seq}`;
    const broken = await runAuditVerify(url);
    expect(broken.code).toBe(1);
    expect(broken.output).toContain(`BROKEN at event seq ${victim.seq} (action dispute.update, recorded ${victim.createdAt.toISOString()})`);
    expect(broken.output).toContain(`第 ${victim.seq} 号事件处断开`);
  }, 60_000);

  it("exits 2 when the database cannot be checked", async () => {
    const empty = `file:${path.join(process.env.DATA_DIR!, "no-schema.db")}`;
    const result = await runAuditVerify(empty);
    expect(result.code).toBe(2);
    expect(result.output).toContain("Could not verify the audit chain");
  }, 60_000);
});
